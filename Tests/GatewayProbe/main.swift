import Foundation
import Runtime
import Shared

// A function for LocalGateway's integration tests and bench, run behind Tests/Fixtures/templates/gateway.yaml.
// HTTP API events (payload 2.0), chosen by the last path segment:
//   /probe/echo/...   → 200 with the received event as the body (the test reads headers, claims, parameters)
//   /probe/bare       → a bare JSON body, no statusCode (API Gateway's simple response form)
//   /probe/cheap      → 200 {"ok":true} (the bench's route)
//   /probe/pid        → 200 {"pid":N}
//   /probe/env        → 200 with the environment variables the gateway sets from the template
//   /probe/crash      → the process exits mid-request
//   /probe/sleep      → sleeps past the function's timeout
//   /probe/error      → the handler throws (a function error)
//   /probe/malformed  → output that is not JSON
//   /probe/publish?marker=M&type=T&fail=1 → PutEvents of {eventId, marker[, fail]} through our EventBridge client
// EventBridge events: recorded in PROBE_TABLE as pk "event#<marker>" (a detail with "fail": true throws instead).
// Schedule inputs: recorded as pk "schedule#<job>" with the input's attributes.

struct ProbeFailure: LambdaReportableError, CustomStringConvertible {
    var errorType: String { "Probe.Failure" }
    var description: String { "the probe was asked to fail" }
}

func response(_ status: Int, _ object: Any) throws -> Data {
    let body = String(
        decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    return try JSONSerialization.data(withJSONObject: [
        "statusCode": status, "headers": ["content-type": "application/json", "x-probe": "yes"], "body": body,
        "cookies": ["probe=1; Path=/"],
    ])
}

LambdaRuntime.run(name: "GatewayProbe") { _ in
    let environment = AWSEnvironment.process
    let region = environment.region ?? "us-east-1"
    let client = AWSClient(
        transport: try CurlTransport(), credentials: EnvironmentCredentialProvider(environment: environment))
    let events = EventBridgeClient(client: client, region: region, environment: environment)
    let dynamoDB = DynamoDBClient(client: client, region: region, environment: environment)
    let table = Environment.value("PROBE_TABLE") ?? ""

    return ClosureHandler { event, context in
        let object = (try JSONSerialization.jsonObject(with: event)) as? [String: Any] ?? [:]
        if let path = object["rawPath"] as? String {
            let query = (object["queryStringParameters"] as? [String: String]) ?? [:]
            switch path.split(separator: "/").last.map(String.init) ?? "" {
            case "bare": return Data(#"{"bare":true}"#.utf8)
            case "cheap": return Data(#"{"statusCode":200,"body":"{\"ok\":true}"}"#.utf8)
            case "pid": return try response(200, ["pid": Int(getpid())])
            case "env":
                let names = [
                    "PROBE_TABLE", "PROBE_TAG", "POOL_ARN", "EVENT_BUS_NAME", "AWS_ENDPOINT_URL",
                    "AWS_ENDPOINT_URL_EVENTBRIDGE", "AWS_REGION", "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_RUNTIME_API",
                ]
                return try response(
                    200, Dictionary(uniqueKeysWithValues: names.map { ($0, Environment.value($0) ?? "") }))
            case "crash": exit(7)
            case "sleep":
                try await Task.sleep(for: .seconds(60))
                return try response(200, ["slept": true])
            case "error": throw ProbeFailure()
            case "malformed": return Data("this is not JSON".utf8)
            case "publish":
                var fields: [String: Any] = ["eventId": context.requestID, "marker": query["marker"] ?? ""]
                if query["fail"] != nil { fields["fail"] = true }
                let detail = try JSONSerialization.data(withJSONObject: fields)
                let results = try await events.putEvents([
                    EventBridgeEntry(
                        source: "cloudmentor.probe", detailType: query["type"] ?? "ProbeEvent",
                        detail: String(decoding: detail, as: UTF8.self),
                        eventBusName: Environment.value("EVENT_BUS_NAME"))
                ])
                return try response(
                    200, ["eventIds": results.compactMap(\.eventId), "errors": results.compactMap(\.errorCode)])
            default:
                return try response(200, object)
            }
        }
        if let detailType = object["detail-type"] as? String {
            let detail = object["detail"] as? [String: Any] ?? [:]
            if detail["fail"] as? Bool == true { throw ProbeFailure() }
            try await record(
                dynamoDB, table: table, key: "event#\(detail["marker"] as? String ?? "")",
                values: ["detailType": detailType, "source": object["source"] as? String ?? ""])
            return Data(#"{"status":"recorded"}"#.utf8)
        }
        if let job = object["job"] as? String {
            var values: [String: String] = [:]
            for (name, value) in object { values[name] = "\(value)" }
            try await record(dynamoDB, table: table, key: "schedule#\(job)", values: values)
            return Data(#"{"status":"done"}"#.utf8)
        }
        return event
    }
}

func record(_ dynamoDB: DynamoDBClient, table: String, key: String, values: [String: String]) async throws {
    var item: [String: AttributeValue] = ["pk": .s(key)]
    for (name, value) in values where name != "pk" { item[name] = .s(value) }
    _ = try await dynamoDB.putItem(PutItemInput(tableName: table, item: item))
}
