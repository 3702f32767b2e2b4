import Foundation
import Shared
import Testing

@testable import LocalGatewayCore

@Suite("template.yaml as LocalGateway reads it")
struct SAMTemplateTests {
    let template: SAMTemplate

    init() throws {
        template = try RepositoryFiles.template()
    }

    @Test("seven functions, each mapped to its SwiftPM product")
    func functions() {
        #expect(template.functions.count == 7)
        for function in template.functions {
            #expect(function.executableName == function.logicalId.replacingOccurrences(of: "Function", with: "Fn"))
            #expect(function.timeoutSeconds >= 1)
        }
        let assessment = template.functions.first { $0.logicalId == "AssessmentFunction" }
        #expect(assessment?.timeoutSeconds == 29)
        #expect(template.functions.first { $0.logicalId == "AuthFunction" }?.timeoutSeconds == 15)
        #expect(template.functions.first { $0.logicalId == "AuthFunction" }?.logFormat == "JSON")
    }

    @Test("every route is under /api/v1; public routes have no authorizer, the others the Cognito one")
    func routes() {
        let routes = template.routes
        #expect(routes.count > 40)
        let keys = Set(routes.map(\.routeKey))
        #expect(keys.count == routes.count)
        for route in routes {
            #expect(route.path.hasPrefix("/api/v1/"))
            #expect(route.authorizer == nil || route.authorizer == "CognitoJwt")
        }
        let publicKeys = Set(routes.filter { $0.authorizer == nil }.map(\.routeKey))
        #expect(publicKeys.contains("GET /api/v1/health"))
        #expect(publicKeys.contains("POST /api/v1/auth/login"))
        #expect(!publicKeys.contains("GET /api/v1/users/me"))
        #expect(template.httpAPI.authorizers["CognitoJwt"]?.headerName == "authorization")
    }

    @Test("every function's environment resolves to local names")
    func environments() throws {
        let naming = LocalNaming(stackName: "cm", region: "us-east-1")
        let resources = try naming.resources(for: template)
        let resolver = naming.resolver(for: template, resources: resources)
        let builder = FunctionEnvironmentBuilder(
            awsEndpoint: "http://127.0.0.1:5000", eventBridgeEndpoint: "http://127.0.0.1:8080", region: "us-east-1")
        for function in template.functions {
            let environment = try builder.environment(for: function, resolver: resolver)
            #expect(environment["AWS_ENDPOINT_URL"] == "http://127.0.0.1:5000")
            #expect(environment["AWS_ENDPOINT_URL_EVENTBRIDGE"] == "http://127.0.0.1:8080")
            #expect(environment["IDEMPOTENCY_TABLE"] == "cm-IdempotencyTable")
            #expect(environment["AWS_LAMBDA_LOG_FORMAT"] == "JSON")
        }
        let notification = try builder.environment(
            for: template.functions.first { $0.logicalId == "NotificationFunction" }!, resolver: resolver)
        #expect(notification["SNS_TOPIC_ARN"] == "arn:aws:sns:us-east-1:123456789012:cm-NotificationTopic")
        #expect(notification["SES_FROM_ADDRESS"] == "no-reply@example.com")
        let auth = try builder.environment(
            for: template.functions.first { $0.logicalId == "AuthFunction" }!, resolver: resolver)
        #expect(auth["EVENT_BUS_NAME"] == "cm-events")
        #expect(auth["USER_POOL_ID"] == "us-east-1_local")
    }

    @Test("the tables keep their keys, indexes and TTL")
    func tables() {
        #expect(template.tables.count == 8)
        let catalog = template.tables.first { $0.logicalId == "CatalogTable" }
        #expect(catalog?.keySchema.map(\.attributeName) == ["pk", "sk"])
        #expect(catalog?.globalSecondaryIndexes.map(\.indexName) == ["listing-index"])
        #expect(template.tables.first { $0.logicalId == "NotificationsTable" }?.ttlAttribute == "expires_at")
        #expect(template.tables.first { $0.logicalId == "UsersTable" }?.ttlAttribute == nil)
    }

    @Test("rules compile to patterns and schedules carry their inputs")
    func rulesAndSchedules() throws {
        let naming = LocalNaming()
        let resolver = naming.resolver(for: template, resources: try naming.resources(for: template))
        #expect(template.rules.count == 3)
        for rule in template.rules {
            let pattern = try EventPattern(try #require(try resolver.resolve(rule.pattern)?.jsonValue))
            let event: JSONLooseValue = .object([
                "source": .string("cloudmentor.assessment"), "detail-type": .string("AssessmentSubmitted"),
                "detail": .object([:]),
            ])
            #expect(pattern.matches(event), "\(rule.name) should take AssessmentSubmitted")
        }
        #expect(
            Set(template.schedules.map(\.name)) == ["DailyStreak", "WeeklyLeague", "DailyInactivity", "WeeklySummary"])
        for schedule in template.schedules {
            #expect(schedule.input?.contains("<aws.scheduler.execution-id>") == true)
            #expect(throws: Never.self) { try ScheduleExpression(schedule.expression) }
        }
    }

    @Test("the test template's defaults: Globals, metadata executable, CORS")
    func probeTemplate() throws {
        let probe = try RepositoryFiles.template("Tests/Fixtures/templates/gateway.yaml")
        let front = try #require(probe.functions.first { $0.logicalId == "FrontFunction" })
        #expect(front.executableName == "GatewayProbe")
        #expect(front.timeoutSeconds == 1)
        #expect(front.environment["PROBE_TABLE"] == .ref("ProbeTable"))
        #expect(probe.functions.first { $0.logicalId == "BackFunction" }?.asyncRetryAttempts == 1)
        #expect(probe.httpAPI.cors != nil)
    }
}
