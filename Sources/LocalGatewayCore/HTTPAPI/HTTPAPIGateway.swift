import Foundation
import Synchronization

/// The HTTP API in front of the functions: CORS preflight, route selection, the JWT authorizer, the payload 2.0
/// event, the synchronous invocation with API Gateway's 30 s integration timeout, and the response mapping. It
/// answers as API Gateway does: 404 `Not Found`, 401 `Unauthorized`, 502 `Internal Server Error` for a function
/// error, crash or malformed response, 503 `Service Unavailable` past the integration timeout.
public struct HTTPAPIGateway: Sendable {
    public typealias Invoke = @Sendable (_ function: String, _ event: Data) async -> InvocationOutcome

    public let routes: RouteTable
    public let authorizers: [String: JWTAuthorizer]
    public let builder: HTTPAPIEventBuilder
    public let cors: CORSPolicy?
    public let integrationTimeout: Duration
    private let invoke: Invoke
    private let log: @Sendable (String) -> Void

    public init(
        routes: [RouteSpec], authorizers: [String: JWTAuthorizer], builder: HTTPAPIEventBuilder = .init(),
        cors: CORSPolicy? = nil, integrationTimeout: Duration = .seconds(30),
        log: @escaping @Sendable (String) -> Void = { _ in }, invoke: @escaping Invoke
    ) {
        self.routes = RouteTable(routes: routes)
        self.authorizers = authorizers
        self.builder = builder
        self.cors = cors
        self.integrationTimeout = integrationTimeout
        self.invoke = invoke
        self.log = log
    }

    /// Answers one request.
    public func handle(_ request: GatewayRequest) async -> GatewayResponse {
        let started = ContinuousClock.now
        let requestId = APIGatewayClock.requestId()
        var function = "-"
        var response: GatewayResponse
        if let cors, request.method == "OPTIONS", request.header("origin") != nil,
            request.header("access-control-request-method") != nil
        {
            response = cors.preflight(request)
        } else if let match = routes.match(method: request.method, path: request.rawPath) {
            function = match.route.function
            response = await serve(request, match: match, requestId: requestId)
        } else {
            response = .message(404, "Not Found")
        }
        if let cors { response = cors.decorate(response, for: request) }
        response.headers.append(("apigw-requestid", requestId))
        let elapsed = ContinuousClock.now - started
        let query = request.rawQuery.isEmpty ? "" : "?" + request.rawQuery
        log(
            "\(request.sourceIP) \"\(request.method) \(request.rawPath)\(query)\" \(response.status) "
                + "\(elapsed.milliseconds)ms \(function) \(requestId)")
        return response
    }

    private func serve(_ request: GatewayRequest, match: RouteTable.Match, requestId: String) async -> GatewayResponse {
        var authorization: HTTPAPIEventBuilder.Authorization?
        if let name = match.route.authorizer {
            guard let authorizer = authorizers[name] else {
                log("route \(match.route.routeKey) names an unknown authorizer \(name)")
                return .message(500, "Internal Server Error")
            }
            switch await authorizer.authorize(request, requiredScopes: match.route.scopes) {
            case .success(let granted): authorization = granted
            case .failure(let rejection):
                return .message(401, "Unauthorized", headers: [("www-authenticate", rejection.wwwAuthenticate)])
            }
        }
        let event = builder.event(
            for: request, match: match, authorization: authorization, requestId: requestId, now: Date())
        guard let outcome = await invokeWithinTimeout(match.route.function, event) else {
            log("\(match.route.function) did not answer within the integration timeout of \(integrationTimeout)")
            return .message(503, "Service Unavailable")
        }
        switch outcome {
        case .success(let output):
            guard let response = HTTPAPIResponseMapper.response(for: output) else {
                log("\(match.route.function) returned a malformed response for \(match.route.routeKey)")
                return .message(502, "Internal Server Error")
            }
            return response
        default:
            log(
                "\(match.route.function) failed: \(outcome.errorType ?? "?") \(String(decoding: outcome.payload, as: UTF8.self))"
            )
            return .message(502, "Internal Server Error")
        }
    }

    /// The invocation's outcome, or `nil` once the integration timeout passes (the invocation goes on, as in AWS).
    private func invokeWithinTimeout(_ function: String, _ event: Data) async -> InvocationOutcome? {
        let invoke = self.invoke
        let timeout = integrationTimeout
        return await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            let timer = Task {
                try? await Task.sleep(for: timeout)
                once.resume(nil)
            }
            Task {
                once.resume(await invoke(function, event))
                // A timer left sleeping per request would pile up under load.
                timer.cancel()
            }
        }
    }
}

/// Resumes a continuation with the first value offered and ignores the rest.
private final class ResumeOnce: Sendable {
    private let continuation: Mutex<CheckedContinuation<InvocationOutcome?, Never>?>

    init(_ continuation: CheckedContinuation<InvocationOutcome?, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume(_ value: InvocationOutcome?) {
        let taken = continuation.withLock { stored in
            defer { stored = nil }
            return stored
        }
        taken?.resume(returning: value)
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 { components.seconds * 1_000 + components.attoseconds / 1_000_000_000_000_000 }
}
