import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Retries in AWS standard mode through the loopback fault proxy in front of moto_server. Backoff waits are
/// recorded instead of slept, so the suite measures what the client asked for without waiting for it.
@Suite("AWS retries through the fault proxy", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct AWSRetryIntegrationTests {
    static let region = "eu-west-2"

    struct Setup {
        let proxy: FaultProxy
        let recorder: DelayRecorder
        let dynamo: DynamoDBClient
        let table: String
    }

    func setUp(policy: AWSRetryPolicy = .dynamoDB, quota: AWSRetryQuota = AWSRetryQuota()) async throws -> Setup {
        let moto = try await MotoServer.shared()
        let proxy = try FaultProxy(upstream: moto.endpoint)
        let recorder = DelayRecorder()
        let dynamo = DynamoDBClient(
            client: AWSTestHarness.client(recorder: recorder, quota: quota), region: Self.region,
            endpoint: proxy.endpoint, retryPolicy: policy)
        let table = AWSTestHarness.uniqueName("retry")
        _ = try await dynamo.createTable(
            CreateTableInput(
                tableName: table, keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "S")], billingMode: "PAY_PER_REQUEST"))
        proxy.clear()
        return Setup(proxy: proxy, recorder: recorder, dynamo: dynamo, table: table)
    }

    @Test func throttledTwiceThenSucceeds() async throws {
        let setup = try await setUp()
        setup.proxy.enqueue(.throttle(), .throttle(code: "ThrottlingException"))
        try await setup.dynamo.put(["id": "a"] as [String: String], into: setup.table)
        #expect(setup.proxy.requests.count == 3)
        #expect(setup.recorder.recorded.count == 2)
        #expect(setup.recorder.recorded[0] <= .seconds(1), "first throttling retry: up to the 1 s base")
        #expect(setup.recorder.recorded[1] <= .seconds(2), "second: up to 2 s")
        #expect(try await setup.dynamo.get([String: String].self, from: setup.table, key: ["id": "a"]) == ["id": "a"])
    }

    @Test func serviceUnavailableThenSucceeds() async throws {
        let setup = try await setUp()
        setup.proxy.enqueue(.serverError(status: 503))
        try await setup.dynamo.put(["id": "b"] as [String: String], into: setup.table)
        #expect(setup.proxy.requests.count == 2)
        #expect(setup.recorder.recorded.count == 1)
        #expect(setup.recorder.recorded[0] < .milliseconds(25), "transient retries use DynamoDB's 25 ms base")
    }

    @Test func crcMismatchThenSucceeds() async throws {
        let setup = try await setUp()
        try await setup.dynamo.put(["id": "c", "v": "x"] as [String: String], into: setup.table)
        setup.proxy.enqueue(.wrongCRC32)
        let item = try await setup.dynamo.get([String: String].self, from: setup.table, key: ["id": "c"])
        #expect(item == ["id": "c", "v": "x"])
        #expect(setup.proxy.requests.count == 3)
        #expect(setup.recorder.recorded.count == 1)
    }

    @Test func resetConnectionAndTimeoutAreRetried() async throws {
        let setup = try await setUp()
        let impatient = DynamoDBClient(
            client: AWSTestHarness.client(recorder: setup.recorder, timeout: .milliseconds(500)), region: Self.region,
            endpoint: setup.proxy.endpoint)
        // The third attempt is answered by the proxy itself, so a slow moto cannot trip the short timeout.
        setup.proxy.enqueue(
            .resetConnection, .delay(.seconds(2)), .respond(FaultProxyResponse(status: 200, body: Data("{}".utf8))))
        try await impatient.put(["id": "d"] as [String: String], into: setup.table)
        #expect(setup.recorder.recorded.count == 2)
        #expect(setup.proxy.requests.count == 3)
    }

    @Test func validationErrorFailsAtOnce() async throws {
        let setup = try await setUp()
        do {
            try await setup.dynamo.put(["id": ""] as [String: String], into: setup.table)
            Issue.record("an empty key must be rejected")
        } catch let error as AWSError {
            #expect(error.code == .validation)
            #expect(error.attempts == 1)
            #expect(setup.recorder.recorded.isEmpty)
            #expect(setup.proxy.requests.count == 1)
        }
    }

    @Test func exhaustedAttemptsNameTheLastCode() async throws {
        let setup = try await setUp()
        setup.proxy.enqueue(.serverError(status: 500), .throttle(), .throttle(), .throttle())
        do {
            try await setup.dynamo.put(["id": "e"] as [String: String], into: setup.table)
            Issue.record("four failures must exhaust DynamoDB's four attempts")
        } catch let error as AWSError {
            #expect(error.code == .provisionedThroughputExceeded)
            #expect(error.attempts == 4)
            #expect("\(error)".contains("ProvisionedThroughputExceededException"))
            #expect("\(error)".contains("after 4 attempts"))
            #expect(setup.recorder.recorded.count == 3)
        }
    }

    @Test func totalBackoffStaysWithinTheCap() async throws {
        let cap = Duration.milliseconds(40)
        let policy = AWSRetryPolicy(
            maxAttempts: 6, baseDelay: .milliseconds(25), throttlingBaseDelay: .seconds(1), maxBackoff: cap)
        let setup = try await setUp(policy: policy)
        setup.proxy.enqueue(
            .throttle(), .throttle(), .serverError(status: 503),
            .respond(FaultProxyResponse(status: 503, headers: [("x-amz-retry-after", "5000")], body: Data("{}".utf8))),
            .respond(FaultProxyResponse(status: 503, headers: [("Retry-After", "1")], body: Data("{}".utf8))))
        try await setup.dynamo.put(["id": "f"] as [String: String], into: setup.table)
        #expect(setup.recorder.recorded.count == 5)
        #expect(setup.recorder.recorded.allSatisfy { $0 <= cap })
        #expect(setup.recorder.recorded[3] == cap, "a Retry-After beyond the cap is clamped to it")
        #expect(setup.recorder.total <= cap * 5)
    }

    @Test func emptyRetryQuotaFailsWithoutRetrying() async throws {
        let setup = try await setUp(quota: AWSRetryQuota(capacity: 5, retryCost: 5))
        setup.proxy.enqueue(.throttle(), .throttle())
        await #expect(throws: AWSError.self) {
            try await setup.dynamo.put(["id": "g"] as [String: String], into: setup.table)
        }
        #expect(setup.recorder.recorded.count == 1, "the quota paid for one retry only")
        #expect(setup.proxy.requests.count == 2)
    }

    @Test func batchesAreSplitAndUnprocessedItemsResent() async throws {
        let setup = try await setUp()
        let items: [DynamoDBItem] = (0..<60).map { ["id": .s("item-\($0)")] }
        try await setup.dynamo.batchWrite(table: setup.table, puts: items)
        let writes = setup.proxy.requests.filter { $0.header("X-Amz-Target") == "DynamoDB_20120810.BatchWriteItem" }
        #expect(writes.count == 3, "60 writes go out as 25 + 25 + 10")

        setup.proxy.clear()
        let keys: [DynamoDBItem] = (0..<130).map { ["id": .s("item-\($0 % 60)-\($0)")] } + items
        let found = try await setup.dynamo.batchGet(table: setup.table, keys: keys)
        #expect(found.count == 60)
        #expect(setup.proxy.requests.count == 2, "190 keys go out as 100 + 90")

        setup.proxy.clear()
        let late: [DynamoDBItem] = [["id": "late-1"], ["id": "late-2"]]
        let unprocessed = try JSONEncoder().encode(
            ["UnprocessedItems": [setup.table: late.map { WriteRequest(putRequest: PutRequest(item: $0)) }]])
        setup.proxy.enqueue(.respond(FaultProxyResponse(status: 200, body: unprocessed)))
        try await setup.dynamo.batchWrite(table: setup.table, puts: late)
        #expect(setup.proxy.requests.count == 2)
        #expect(setup.recorder.recorded.count == 1)
        let unprocessedKeys = try JSONEncoder().encode(
            BatchGetScript(responses: [setup.table: []], unprocessedKeys: [setup.table: KeysAndAttributes(keys: late)]))
        setup.proxy.enqueue(.respond(FaultProxyResponse(status: 200, body: unprocessedKeys)))
        let lateItems = try await setup.dynamo.batchGet(table: setup.table, keys: late)
        #expect(Set(lateItems.compactMap { $0["id"]?.stringValue }) == ["late-1", "late-2"])
    }

    struct BatchGetScript: Encodable {
        var responses: [String: [DynamoDBItem]]
        var unprocessedKeys: [String: KeysAndAttributes]
        enum CodingKeys: String, CodingKey {
            case responses = "Responses"
            case unprocessedKeys = "UnprocessedKeys"
        }
    }
}
