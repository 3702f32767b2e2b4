import Foundation
import Logging
import Runtime
import Shared
import Testing

/// Calls a function's router as API Gateway would (the principal is what the JWT authorizer passes), and checks
/// every response against `openapi.yaml`.
struct JourneyClient: Sendable {
    let router: Router

    init(_ register: (inout Router) -> Void) {
        var router = Router()
        register(&router)
        self.router = router
    }

    /// Sends `method route` with `route`'s `{name}` parts filled from `parameters`.
    ///
    /// - Parameter body: a JSON value (dictionary, array, string…) or raw `Data`.
    func send(
        _ method: String, _ route: String, _ parameters: [String: String] = [:], query: [String: String] = [:],
        body: Any? = nil, as principal: Principal?, headers: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> JourneyResponse {
        var path = route
        for (name, value) in parameters {
            let encoded =
                value.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? value
            path = path.replacingOccurrences(of: "{\(name)}", with: encoded)
        }
        var data = Data()
        var allHeaders = headers
        if let raw = body as? Data {
            data = raw
        } else if let body {
            data = try JSONSerialization.data(withJSONObject: body, options: [.fragmentsAllowed])
        }
        if !data.isEmpty, allHeaders["content-type"] == nil { allHeaders["content-type"] = "application/json" }
        let request = APIRequest(
            method: method, path: path, headers: allHeaders, query: query.mapValues { [$0] }, body: data,
            requestID: "req-" + UUID().uuidString.prefix(8).lowercased(), principal: principal)
        let response = await router.respond(to: request, context: Self.context())
        let problems = try await ContractValidator.shared.problems(method: method, route: route, response: response)
        #expect(
            problems.isEmpty, "\(method) \(route) → \(response.status) breaks the contract: \(problems)",
            sourceLocation: sourceLocation)
        return JourneyResponse(response: response)
    }

    static func context() -> LambdaContext {
        LambdaContext(
            requestID: "lambda-" + UUID().uuidString.prefix(8).lowercased(),
            deadlineMs: Int64(Date().timeIntervalSince1970 * 1000) + 30_000,
            invokedFunctionARN: "arn:aws:lambda:eu-west-3:000000000000:function:Journey",
            logger: Logger(label: "journey") { _ in SwiftLogNoOpLogHandler() })
    }
}

/// A response with its JSON body at hand.
struct JourneyResponse: @unchecked Sendable {
    let response: APIResponse
    /// The decoded body: a dictionary, an array, or `nil` without a body.
    let json: Any?

    init(response: APIResponse) {
        self.response = response
        json = response.body.isEmpty ? nil : try? JSONSerialization.jsonObject(with: response.body)
    }

    var status: Int { response.status }
    var object: [String: Any] { json as? [String: Any] ?? [:] }
    var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
    var nextToken: String? { object["nextToken"] as? String }
    var contentType: String? { response.headers["content-type"] }
    var text: String { String(decoding: response.body, as: UTF8.self) }

    subscript(key: String) -> Any? { object[key] }
    func string(_ key: String) -> String? { object[key] as? String }

    /// The field names of a 422's `errors`.
    var errorFields: [String] { (object["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
}
