import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The gateway's HTTP listener on loopback: it turns each request into a ``GatewayRequest`` and hands it to the
/// first handler that takes it (the EventBridge API, the local control API, then the HTTP API).
public final class GatewayServer: Sendable {
    /// A handler: returns `nil` for requests that are not its own.
    public typealias Handler = @Sendable (GatewayRequest) async -> GatewayResponse?

    private let task: Task<Void, any Error>
    public let port: Int
    /// `http://127.0.0.1:<port>`.
    public var url: String { "http://127.0.0.1:\(port)" }

    /// Starts listening on `127.0.0.1:port` (0 picks a free port) and returns once the socket is bound.
    ///
    /// - Throws: ``LocalGatewayError`` when the port cannot be bound.
    public init(port: Int = 0, handlers: [Handler], logger: Logger = Logger(label: "gateway")) async throws {
        let responder = CallbackResponder<GatewayRequestContext> { request, context in
            var request = request
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            let path = request.uri.path
            // HTTP/1.1's Host header arrives as the request's authority; the event and SigV4 both need it back.
            var headers: [(name: String, value: String)] = []
            if let authority = request.head.authority { headers.append((name: "host", value: authority)) }
            headers += request.headers.map { (name: $0.name.rawName, value: $0.value) }
            let gatewayRequest = GatewayRequest(
                method: request.method.rawValue, rawPath: path.isEmpty ? "/" : path, rawQuery: request.uri.query ?? "",
                headers: headers, body: Data(buffer: body), sourceIP: context.remoteIP)
            for handler in handlers {
                if let answer = await handler(gatewayRequest) { return Self.response(answer) }
            }
            return Self.response(.message(404, "Not Found"))
        }
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        var quiet = logger
        quiet.logLevel = .critical
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: quiet)
        task = Task {
            defer { portContinuation.finish() }
            try await app.run()
        }
        var bound = 0
        for await value in portStream { bound = value }
        guard bound > 0 else {
            task.cancel()
            throw LocalGatewayError("the gateway could not listen on 127.0.0.1:\(port)")
        }
        self.port = bound
    }

    /// Stops listening.
    public func stop() {
        task.cancel()
    }

    private static func response(_ answer: GatewayResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let field = HTTPField.Name(name) { fields.append(HTTPField(name: field, value: value)) }
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: fields,
            body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
