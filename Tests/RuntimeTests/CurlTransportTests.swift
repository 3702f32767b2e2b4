import Foundation
import LocalGatewayCore
import Runtime
import Testing

/// The production transport against a real loopback server (our Runtime API server, whose `/next` long-polls).
@Suite("CurlTransport")
struct CurlTransportTests {
    static func server() async throws -> RuntimeAPIServer {
        try await RuntimeAPIServer(slot: RuntimeAPISlot(functionARN: "arn:aws:lambda:us-east-1:0:function:T"))
    }

    static func next(_ server: RuntimeAPIServer) -> HTTPRequest {
        HTTPRequest(method: "GET", url: "http://\(server.endpoint)/2018-06-01/runtime/invocation/next")
    }

    static func bogusResponse(_ server: RuntimeAPIServer) -> HTTPRequest {
        HTTPRequest(
            method: "POST", url: "http://\(server.endpoint)/2018-06-01/runtime/invocation/nobody/response",
            body: Data("{}".utf8))
    }

    @Test("a cancelled request stops waiting at once, and the transport keeps serving")
    func cancellation() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let transport = try CurlTransport()
        let waiting = Task { try await transport.send(Self.next(server), timeout: nil) }
        try await Task.sleep(for: .milliseconds(100))
        let started = ContinuousClock.now
        waiting.cancel()
        await #expect(throws: CancellationError.self) { _ = try await waiting.value }
        #expect(ContinuousClock.now - started < .seconds(10), "without the cancellation it would wait for ever")
        let answer = try await transport.send(Self.bogusResponse(server), timeout: .seconds(5))
        #expect(answer.status == 400)
    }

    @Test("cancellations that arrive after their request finished never fail a later request")
    func lateCancellations() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let transport = try CurlTransport()
        struct Sibling: Error {}
        for _ in 0..<100 {
            _ = try? await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { _ = try await transport.send(Self.bogusResponse(server), timeout: .seconds(5)) }
                group.addTask { throw Sibling() }
                try await group.waitForAll()
            }
        }
        for _ in 0..<100 {
            let answer = try await transport.send(Self.bogusResponse(server), timeout: .seconds(5))
            #expect(answer.status == 400)
        }
    }

    @Test("concurrent requests share the transport; dropped transports shut their thread down cleanly")
    func concurrencyAndShutdown() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        for _ in 0..<20 {
            let transport = try CurlTransport()
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await transport.send(Self.bogusResponse(server), timeout: .seconds(5)).status }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 400, count: 8))
        }
    }

    @Test("a refused connection is a connectionRefused error, not a response")
    func refused() async throws {
        let transport = try CurlTransport()
        let error = await #expect(throws: TransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "GET", url: "http://127.0.0.1:1/x"), timeout: .seconds(2))
        }
        #expect(error?.code == .connectionRefused)
    }
}
