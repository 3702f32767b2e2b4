import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// What the AWS client takes from the invocation it serves: the trace header, and the deadline that bounds retries.
@Suite("AWS calls inside an invocation")
struct InvocationScopeTests {
    /// The client's clock stands still, so deadline arithmetic does not depend on how loaded the machine is.
    static let now = Date()

    static func client(random: Double = 0.999, recorder: DelayRecorder) -> AWSClient {
        AWSClient(
            transport: AWSTestHarness.transport,
            credentials: StaticCredentialProvider(AWSTestHarness.motoCredentials), clock: FixedAWSClock(now),
            timeout: .seconds(5), random: { random }, sleep: { recorder.record($0) })
    }

    static func stub() throws -> FaultProxy {
        try FaultProxy(upstream: nil) { _ in FaultProxyResponse(status: 200, body: Data("{}".utf8)) }
    }

    static func nowMs() -> Int64 { Int64((now.timeIntervalSince1970 * 1000).rounded()) }

    @Test("the invocation's trace id goes out as X-Amzn-Trace-Id, outside the signature")
    func traceHeader() async throws {
        let proxy = try Self.stub()
        let dynamo = DynamoDBClient(
            client: Self.client(recorder: DelayRecorder()), region: "us-east-1", endpoint: proxy.endpoint)
        let trace = "Root=1-6b014fe9-379c9706862d6c1a8b79c2ab;Parent=2680848c4e515803;Sampled=1"
        try await InvocationScope.$traceID.withValue(trace) {
            try await dynamo.put(["id": "a"] as [String: String], into: "t")
        }
        try await dynamo.put(["id": "b"] as [String: String], into: "t")
        let requests = proxy.requests
        #expect(requests.count == 2)
        #expect(requests[0].header("X-Amzn-Trace-Id") == trace)
        #expect(requests[0].header("Authorization")?.contains("x-amzn-trace-id") == false)
        #expect(requests[1].header("X-Amzn-Trace-Id") == nil, "outside an invocation nothing is sent")
    }

    @Test("with no time left before the deadline, nothing is sent and the error says why")
    func deadlinePassed() async throws {
        let proxy = try Self.stub()
        let dynamo = DynamoDBClient(
            client: Self.client(recorder: DelayRecorder()), region: "us-east-1", endpoint: proxy.endpoint)
        let error = await #expect(throws: AWSError.self) {
            try await InvocationScope.$deadlineMs.withValue(Self.nowMs() + 200) {
                try await dynamo.put(["id": "a"] as [String: String], into: "t")
            }
        }
        #expect(error?.code == .timedOut)
        #expect(proxy.requests.isEmpty)
    }

    @Test("a retry whose backoff would outlast the deadline is not made")
    func retriesStopAtTheDeadline() async throws {
        let proxy = try Self.stub()
        let recorder = DelayRecorder()
        let dynamo = DynamoDBClient(
            client: Self.client(recorder: recorder), region: "us-east-1", endpoint: proxy.endpoint)
        proxy.enqueue(.throttle(), .throttle(), .throttle())
        // Throttling backoff with this jitter: about 1 s, then 2 s. The deadline leaves about 1.8 s.
        let error = await #expect(throws: AWSError.self) {
            try await InvocationScope.$deadlineMs.withValue(Self.nowMs() + 2_300) {
                try await dynamo.put(["id": "a"] as [String: String], into: "t")
            }
        }
        #expect(error?.code.rawValue == "ProvisionedThroughputExceededException")
        #expect(proxy.requests.count == 2)
        #expect(recorder.recorded.count == 1)
        // Without a deadline the same faults are retried through.
        proxy.clear()
        proxy.enqueue(.throttle(), .throttle())
        try await dynamo.put(["id": "b"] as [String: String], into: "t")
        #expect(proxy.requests.count == 3)
    }

    @Test("a malformed endpoint fails at once instead of being retried")
    func unretryableTransportFailure() async throws {
        let recorder = DelayRecorder()
        let dynamo = DynamoDBClient(
            client: Self.client(recorder: recorder), region: "us-east-1", endpoint: "notascheme://x")
        let error = await #expect(throws: AWSError.self) {
            try await dynamo.put(["id": "a"] as [String: String], into: "t")
        }
        #expect(error?.code == .transportFailed)
        #expect(error?.attempts == 1)
        #expect(recorder.recorded.isEmpty)
    }
}
