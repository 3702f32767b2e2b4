import Foundation
import Runtime
import Shared
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A loopback HTTP/1.1 proxy for tests: it forwards requests to an upstream server (moto_server) unless a scripted
/// fault is queued, in which case the next request gets that fault instead: a throttling error, a 500/503, a reset
/// connection, a wrong `x-amz-crc32`, a delay, or any scripted response. Without an upstream it answers every
/// request with ``defaultResponse`` (a stand-in server, as for Bedrock). Every request received is recorded.
///
/// Each connection is served on its own thread and closed after one exchange (`Connection: close`).
///
/// ```swift
/// let proxy = try FaultProxy(upstream: moto.endpoint)
/// proxy.enqueue(.throttle(), .throttle())          // the next two requests are throttled, the third forwarded
/// let client = DynamoDBClient(client: aws, region: "us-east-1", endpoint: proxy.endpoint)
/// ```
public final class FaultProxy: Sendable {
    /// What the proxy does with one request.
    public enum Fault: Sendable {
        /// Answer with this response (`x-amz-crc32` and `Content-Length` are added for the body).
        case respond(FaultProxyResponse)
        /// Answer 400 with DynamoDB's JSON throttling error (`ProvisionedThroughputExceededException` by default).
        case throttle(code: String = "ProvisionedThroughputExceededException")
        /// Answer with a 5xx status and a JSON `InternalServerError`/`ServiceUnavailable` body.
        case serverError(status: Int)
        /// Read the request, then reset the connection (RST) without answering.
        case resetConnection
        /// Forward the request, then replace the response's `x-amz-crc32` with a wrong value.
        case wrongCRC32
        /// Wait, then forward (or answer with the default response).
        case delay(Duration)
    }

    private struct State {
        var faults: [Fault] = []
        var requests: [FaultProxyRequest] = []
        var stopped = false
    }

    /// `http://127.0.0.1:<port>`.
    public let endpoint: String
    public let port: Int
    private let upstreamPort: Int?
    private let listener: Int32
    private let state = Mutex(State())
    private let responder: @Sendable (FaultProxyRequest) -> FaultProxyResponse

    /// Starts listening on a free loopback port.
    ///
    /// - Parameters:
    ///   - upstream: `http://127.0.0.1:<port>` to forward to, or `nil` to answer everything with `defaultResponse`.
    ///   - defaultResponse: the answer when there is no upstream and no fault queued.
    /// - Throws: `FaultProxyError` when no socket can be bound.
    public init(
        upstream: String?,
        defaultResponse: @escaping @Sendable (FaultProxyRequest) -> FaultProxyResponse = { _ in
            FaultProxyResponse(status: 404, body: Data(#"{"message":"no upstream"}"#.utf8))
        }
    ) throws {
        upstreamPort = upstream.flatMap { url in url.split(separator: ":").last.flatMap { Int($0.filter(\.isNumber)) } }
        responder = defaultResponse
        let (socket, port) = try LoopbackSocket.listen()
        listener = socket
        self.port = port
        endpoint = "http://127.0.0.1:\(port)"
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "FaultProxy-\(port)"
        thread.start()
    }

    deinit { stop() }

    /// Queues faults for the next requests, in order; requests after them are forwarded again.
    public func enqueue(_ faults: Fault...) {
        state.withLock { $0.faults.append(contentsOf: faults) }
    }

    /// Faults not yet used.
    public var pendingFaults: Int { state.withLock { $0.faults.count } }

    /// Every request received so far, in arrival order.
    public var requests: [FaultProxyRequest] { state.withLock { $0.requests } }

    /// Forgets recorded requests and queued faults.
    public func clear() {
        state.withLock { state in
            state.requests.removeAll()
            state.faults.removeAll()
        }
    }

    /// Stops accepting connections; safe to call more than once.
    public func stop() {
        let wasStopped = state.withLock { state -> Bool in
            defer { state.stopped = true }
            return state.stopped
        }
        if !wasStopped {
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
        }
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if state.withLock({ $0.stopped }) { return }
                if errno == EINTR { continue }
                return
            }
            let thread = Thread { [self] in serve(connection) }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        guard let raw = LoopbackSocket.readRequest(connection), let request = FaultProxyRequest(raw) else { return }
        let fault = state.withLock { state -> Fault? in
            state.requests.append(request)
            return state.faults.isEmpty ? nil : state.faults.removeFirst()
        }
        switch fault {
        case .respond(let response):
            LoopbackSocket.writeAll(connection, response.serialized())
        case .throttle(let code):
            let body =
                #"{"__type":"com.amazonaws.dynamodb.v20120810#\#(code)","message":"Rate of requests exceeds the allowed throughput."}"#
            LoopbackSocket.writeAll(
                connection,
                FaultProxyResponse(status: 400, headers: [("X-Amzn-ErrorType", code)], body: Data(body.utf8))
                    .serialized())
        case .serverError(let status):
            let code = status == 503 ? "ServiceUnavailable" : "InternalServerError"
            let body = #"{"__type":"com.amazonaws.dynamodb.v20120810#\#(code)","message":"scripted \#(status)"}"#
            LoopbackSocket.writeAll(connection, FaultProxyResponse(status: status, body: Data(body.utf8)).serialized())
        case .resetConnection:
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(connection, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        case .wrongCRC32:
            var response = forward(raw, request: request)
            response = FaultProxyResponse.replacingHeader(in: response, name: "x-amz-crc32", value: "1234567")
            LoopbackSocket.writeAll(connection, response)
        case .delay(let duration):
            let (seconds, attoseconds) = duration.components
            usleep(UInt32(seconds * 1_000_000 + attoseconds / 1_000_000_000_000))
            LoopbackSocket.writeAll(connection, forward(raw, request: request))
        case nil:
            LoopbackSocket.writeAll(connection, forward(raw, request: request))
        }
    }

    /// The upstream's raw response to `raw`, or the default response when there is no upstream.
    private func forward(_ raw: [UInt8], request: FaultProxyRequest) -> [UInt8] {
        guard let upstreamPort else { return responder(request).serialized() }
        guard let upstream = LoopbackSocket.connect(port: upstreamPort) else {
            return FaultProxyResponse(status: 502, body: Data("upstream unreachable".utf8)).serialized()
        }
        defer { close(upstream) }
        LoopbackSocket.writeAll(upstream, FaultProxyRequest.closingConnection(raw))
        return LoopbackSocket.readResponse(upstream)
    }
}

/// Why a fault proxy could not start.
public struct FaultProxyError: Error, CustomStringConvertible {
    public var description: String
}
