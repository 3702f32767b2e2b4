import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Serves the Lambda Runtime API (`/2018-06-01/runtime/...`) for one ``RuntimeAPISlot`` on a loopback port.
///
/// One server per function process: that is how LocalGateway knows which process holds which invocation, the way
/// the real service knows its execution environments.
public final class RuntimeAPIServer: Sendable {
    public let slot: RuntimeAPISlot
    private let task: Task<Void, any Error>
    /// `127.0.0.1:<port>`, the value for `AWS_LAMBDA_RUNTIME_API`.
    public let endpoint: String

    /// Starts the server on an ephemeral loopback port and returns once it listens.
    public init(slot: RuntimeAPISlot, logger: Logger = Logger(label: "runtime-api")) async throws {
        self.slot = slot
        let router = Router()
        Self.addRoutes(to: router, slot: slot)
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        var quiet = logger
        quiet.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: quiet)
        task = Task { try await app.run() }
        var port = 0
        for await bound in portStream { port = bound }
        guard port > 0 else {
            task.cancel()
            throw LocalGatewayError("the Runtime API server did not start")
        }
        endpoint = "127.0.0.1:\(port)"
    }

    /// Stops listening.
    public func stop() {
        task.cancel()
    }

    private static func addRoutes(to router: Router<BasicRequestContext>, slot: RuntimeAPISlot) {
        let base = "/2018-06-01/runtime"
        router.get("\(base)/invocation/next") { _, _ -> Response in
            if let status = await slot.behavior.nextStatus {
                return json(status, #"{"errorMessage":"scripted failure","errorType":"ServiceException"}"#)
            }
            guard let assignment = await slot.next() else {
                return json(
                    500,
                    #"{"errorMessage":"the execution environment is shutting down","errorType":"ServiceException"}"#)
            }
            var headers: HTTPFields = [
                .contentType: "application/json",
                HTTPField.Name("Lambda-Runtime-Aws-Request-Id")!: assignment.requestID,
                HTTPField.Name("Lambda-Runtime-Deadline-Ms")!: String(assignment.deadlineMs),
                HTTPField.Name("Lambda-Runtime-Invoked-Function-Arn")!: slot.functionARN,
            ]
            let request = assignment.request
            if let trace = request.traceID { headers[HTTPField.Name("Lambda-Runtime-Trace-Id")!] = trace }
            if let value = request.clientContext { headers[HTTPField.Name("Lambda-Runtime-Client-Context")!] = value }
            if let value = request.cognitoIdentity {
                headers[HTTPField.Name("Lambda-Runtime-Cognito-Identity")!] = value
            }
            if let value = request.tenantID { headers[HTTPField.Name("Lambda-Runtime-Aws-Tenant-Id")!] = value }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: request.event)))
        }
        router.post("\(base)/invocation/{id}/response") { request, context -> Response in
            let id = context.parameters.get("id") ?? ""
            var request = request
            let body = try await request.collectBody(upTo: 64 << 20)
            let (status, text) = await slot.respond(requestID: id, body: Data(buffer: body))
            return json(status, text)
        }
        router.post("\(base)/invocation/{id}/error") { request, context -> Response in
            let id = context.parameters.get("id") ?? ""
            let type = request.headers[HTTPField.Name("Lambda-Runtime-Function-Error-Type")!]
            var request = request
            let body = try await request.collectBody(upTo: 8 << 20)
            let (status, text) = await slot.reportError(requestID: id, type: type, body: Data(buffer: body))
            return json(status, text)
        }
        router.post("\(base)/init/error") { request, _ -> Response in
            let type = request.headers[HTTPField.Name("Lambda-Runtime-Function-Error-Type")!]
            var request = request
            let body = try await request.collectBody(upTo: 8 << 20)
            let (status, text) = await slot.reportInitError(type: type, body: Data(buffer: body))
            return json(status, text)
        }
    }

    private static func json(_ status: Int, _ body: String) -> Response {
        Response(
            status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json"],
            body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}

/// A LocalGateway failure, with a message for the developer.
public struct LocalGatewayError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
