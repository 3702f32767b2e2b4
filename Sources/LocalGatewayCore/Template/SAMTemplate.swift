import Foundation

/// A SAM template as LocalGateway reads it: parameters, conditions, resources, and the typed view of what it runs
/// (functions with their routes, rules and schedules; the HTTP API's authorizers; the tables).
public struct SAMTemplate: Sendable {
    /// One resource: its type, properties, optional condition and metadata, unresolved.
    public struct Resource: Sendable, Equatable {
        public var type: String
        public var properties: TemplateValue
        public var condition: String?
        public var metadata: TemplateValue?
    }

    public var parameterDefaults: [String: String]
    public var conditions: [String: TemplateValue]
    public var resources: [String: Resource]
    public var functions: [FunctionSpec]
    public var httpAPI: HTTPAPISpec
    public var tables: [TableSpec]

    /// Reads the template at `path`.
    ///
    /// - Throws: ``TemplateError`` when the file cannot be read or is not a template LocalGateway understands.
    public static func load(path: String) throws -> SAMTemplate {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateError("cannot read the template at \(path)")
        }
        return try SAMTemplate(yaml: String(decoding: data, as: UTF8.self))
    }

    /// Parses a template.
    ///
    /// - Throws: ``TemplateError`` for malformed YAML, a resource without a `Type`, or a function event, table or
    ///   authorizer missing a field LocalGateway needs.
    public init(yaml: String) throws {
        let root = try TemplateParser.parse(yaml)
        parameterDefaults = [:]
        for (name, parameter) in root["Parameters"]?.mapValue ?? [:] {
            if let value = parameter["Default"]?.scalarText { parameterDefaults[name] = value }
        }
        conditions = root["Conditions"]?.mapValue ?? [:]
        var resources: [String: Resource] = [:]
        for (logicalId, resource) in root["Resources"]?.mapValue ?? [:] {
            guard let type = resource["Type"]?.scalarText else {
                throw TemplateError("resource \(logicalId) has no Type")
            }
            resources[logicalId] = Resource(
                type: type, properties: resource["Properties"] ?? .map([:]),
                condition: resource["Condition"]?.scalarText, metadata: resource["Metadata"])
        }
        self.resources = resources
        let globals = root["Globals"]?["Function"] ?? .map([:])
        functions = try resources.keys.sorted().compactMap { logicalId in
            guard let resource = resources[logicalId], resource.type == "AWS::Serverless::Function" else { return nil }
            return try Self.function(logicalId, resource, globals: globals)
        }
        tables = try resources.keys.sorted().compactMap { logicalId in
            guard let resource = resources[logicalId], resource.type == "AWS::DynamoDB::Table" else { return nil }
            return try TableSpec(logicalId: logicalId, properties: resource.properties)
        }
        httpAPI = try Self.httpAPI(resources)
        let defaultAuthorizer = httpAPI.defaultAuthorizer
        for index in functions.indices {
            for route in functions[index].routes.indices
            where functions[index].routes[route].authorizer == Self.defaultAuthorizerMarker {
                functions[index].routes[route].authorizer = defaultAuthorizer
            }
        }
    }

    /// The logical ids of the resources of `type`, sorted.
    public func logicalIds(ofType type: String) -> [String] {
        resources.filter { $0.value.type == type }.map(\.key).sorted()
    }

    /// Every route of every function; `authorizer` is the API's default unless the route names its own or `NONE`.
    public var routes: [RouteSpec] { functions.flatMap(\.routes) }

    /// Every rule of every function.
    public var rules: [RuleSpec] { functions.flatMap(\.rules) }

    /// Every schedule of every function.
    public var schedules: [ScheduleSpec] { functions.flatMap(\.schedules) }

    private static func function(
        _ logicalId: String, _ resource: Resource, globals: TemplateValue
    ) throws
        -> FunctionSpec
    {
        let properties = resource.properties
        var environment = globals["Environment"]?["Variables"]?.mapValue ?? [:]
        environment.merge(properties["Environment"]?["Variables"]?.mapValue ?? [:]) { $1 }
        var spec = FunctionSpec(
            logicalId: logicalId,
            executableName: resource.metadata?["LocalExecutable"]?.scalarText
                ?? FunctionSpec.defaultExecutableName(for: logicalId),
            timeoutSeconds: (properties["Timeout"] ?? globals["Timeout"])?.doubleValue ?? 3,
            memoryMB: (properties["MemorySize"] ?? globals["MemorySize"])?.intValue ?? 128,
            environment: environment,
            asyncRetryAttempts: properties["EventInvokeConfig"]?["MaximumRetryAttempts"]?.intValue ?? 2,
            logFormat: (properties["LoggingConfig"] ?? globals["LoggingConfig"])?["LogFormat"]?.scalarText,
            logLevel: (properties["LoggingConfig"] ?? globals["LoggingConfig"])?["ApplicationLogLevel"]?.scalarText)
        for (eventName, event) in (properties["Events"]?.mapValue ?? [:]).sorted(by: { $0.key < $1.key }) {
            let eventProperties = event["Properties"] ?? .map([:])
            switch event["Type"]?.scalarText {
            case "HttpApi":
                let auth = eventProperties["Auth"]
                let authorizer = auth?["Authorizer"]?.scalarText
                spec.routes.append(
                    RouteSpec(
                        eventName: eventName, function: logicalId,
                        method: eventProperties["Method"]?.scalarText?.uppercased() ?? "ANY",
                        path: eventProperties["Path"]?.scalarText ?? "$default",
                        authorizer: authorizer == "NONE" ? nil : (authorizer ?? Self.defaultAuthorizerMarker),
                        scopes: auth?["AuthorizationScopes"]?.listValue.compactMap(\.scalarText) ?? []))
            case "EventBridgeRule":
                guard let pattern = eventProperties["Pattern"] else {
                    throw TemplateError("\(logicalId).\(eventName): an EventBridgeRule needs a Pattern")
                }
                let retry = eventProperties["RetryPolicy"]
                spec.rules.append(
                    RuleSpec(
                        name: eventName, function: logicalId, eventBus: eventProperties["EventBusName"],
                        pattern: pattern, maximumRetryAttempts: retry?["MaximumRetryAttempts"]?.intValue ?? 185,
                        maximumEventAgeSeconds: retry?["MaximumEventAgeInSeconds"]?.intValue ?? 86_400))
            case "ScheduleV2":
                guard let expression = eventProperties["ScheduleExpression"]?.scalarText else {
                    throw TemplateError("\(logicalId).\(eventName): a ScheduleV2 needs a ScheduleExpression")
                }
                spec.schedules.append(
                    ScheduleSpec(
                        name: eventName, function: logicalId, expression: expression,
                        timezone: eventProperties["ScheduleExpressionTimezone"]?.scalarText ?? "UTC",
                        input: eventProperties["Input"]?.scalarText,
                        maximumRetryAttempts: eventProperties["RetryPolicy"]?["MaximumRetryAttempts"]?.intValue ?? 185))
            default:
                continue
            }
        }
        return spec
    }

    /// Marks a route that takes the API's default authorizer until the API's `Auth` section has been read.
    static let defaultAuthorizerMarker = "$default-authorizer"

    private static func httpAPI(_ resources: [String: Resource]) throws -> HTTPAPISpec {
        var spec = HTTPAPISpec()
        let apis = resources.filter { $0.value.type == "AWS::Serverless::HttpApi" }
        for (_, api) in apis.sorted(by: { $0.key < $1.key }) {
            let auth = api.properties["Auth"]
            spec.defaultAuthorizer = spec.defaultAuthorizer ?? auth?["DefaultAuthorizer"]?.scalarText
            spec.cors = spec.cors ?? api.properties["CorsConfiguration"]
            for (name, authorizer) in auth?["Authorizers"]?.mapValue ?? [:] {
                guard let jwt = authorizer["JwtConfiguration"], let issuer = jwt["issuer"] ?? jwt["Issuer"] else {
                    throw TemplateError("authorizer \(name): only JWT authorizers with an issuer are supported")
                }
                spec.authorizers[name] = JWTAuthorizerSpec(
                    name: name,
                    identitySource: authorizer["IdentitySource"]?.scalarText ?? "$request.header.Authorization",
                    issuer: issuer, audience: (jwt["audience"] ?? jwt["Audience"])?.listValue ?? [])
            }
        }
        return spec
    }
}
