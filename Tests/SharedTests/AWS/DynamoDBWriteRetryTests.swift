import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Writes that meet a conflict or whose answer was lost, through the fault proxy in front of moto_server: a
/// transaction cancelled only by `TransactionConflict` is tried again under a fresh token, a resent transaction keeps
/// its token, and a conditional write refused after a resend can tell that it had landed itself.
@Suite("DynamoDB write retries", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct DynamoDBWriteRetryTests {
    static let region = "eu-west-2"

    struct Setup {
        let proxy: FaultProxy
        let recorder: DelayRecorder
        let dynamo: DynamoDBClient
        let table: String
    }

    func setUp() async throws -> Setup {
        let moto = try await MotoServer.shared()
        let proxy = try FaultProxy(upstream: moto.endpoint)
        let recorder = DelayRecorder()
        let dynamo = DynamoDBClient(
            client: AWSTestHarness.client(recorder: recorder), region: Self.region, endpoint: proxy.endpoint)
        let table = AWSTestHarness.uniqueName("txn")
        _ = try await dynamo.createTable(
            CreateTableInput(
                tableName: table, keySchema: [.init(attributeName: "id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "id", attributeType: "S")], billingMode: "PAY_PER_REQUEST"))
        proxy.clear()
        return Setup(proxy: proxy, recorder: recorder, dynamo: dynamo, table: table)
    }

    /// DynamoDB's answer to a transaction cancelled with these reasons, one per action.
    static func cancelled(_ reasons: [String]) -> FaultProxy.Fault {
        let list = reasons.map { #"{"Code":"\#($0)"}"# }.joined(separator: ",")
        let body =
            #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction "#
            + #"cancelled [\#(reasons.joined(separator: ", "))]","CancellationReasons":[\#(list)]}"#
        return .respond(FaultProxyResponse(status: 400, body: Data(body.utf8)))
    }

    static func token(_ request: FaultProxyRequest) -> String? {
        let body = try? JSONSerialization.jsonObject(with: request.body) as? [String: Any]
        return body?["ClientRequestToken"] as? String
    }

    func twoPuts(_ setup: Setup, _ prefix: String) -> [TransactWriteItem] {
        [
            .put(table: setup.table, item: ["id": .s(prefix + "-1")], condition: .attributeNotExists("id")),
            .put(table: setup.table, item: ["id": .s(prefix + "-2")]),
        ]
    }

    @Test func aTransactionConflictIsTriedAgainUnderAFreshToken() async throws {
        let setup = try await setUp()
        setup.proxy.enqueue(Self.cancelled(["None", "TransactionConflict"]))
        try await setup.dynamo.transactWrite(twoPuts(setup, "a"))
        let requests = setup.proxy.requests
        #expect(requests.count == 2)
        let tokens = requests.compactMap(Self.token)
        #expect(tokens.count == 2, "every transaction carries a ClientRequestToken")
        #expect(Set(tokens).count == 2, "a cancelled transaction is not resent under its old token")
        #expect(setup.recorder.recorded.count == 1, "with a backoff wait before it")
        let stored = try await setup.dynamo.batchGet(table: setup.table, keys: [["id": "a-1"], ["id": "a-2"]])
        #expect(stored.count == 2)
    }

    @Test(arguments: [["ConditionalCheckFailed", "TransactionConflict"], ["None", "ValidationError"]])
    func aCancellationWithAnyOtherReasonIsNotRetried(reasons: [String]) async throws {
        let setup = try await setUp()
        setup.proxy.enqueue(Self.cancelled(reasons))
        let error = try await #require(throws: AWSError.self) {
            try await setup.dynamo.transactWrite(twoPuts(setup, "b"))
        }
        #expect(error.code == .transactionCanceled)
        #expect(error.cancellationReasons.map(\.code) == reasons)
        #expect(setup.proxy.requests.count == 1)
    }

    @Test func conflictRetriesStopAtThePolicysAttempts() async throws {
        let setup = try await setUp()
        let conflict = Self.cancelled(["TransactionConflict", "None"])
        setup.proxy.enqueue(conflict, conflict, conflict, conflict, conflict)
        let error = try await #require(throws: AWSError.self) {
            try await setup.dynamo.transactWrite(twoPuts(setup, "c"))
        }
        #expect(AWSRetryPolicy.isTransactionConflict(error))
        #expect(setup.proxy.requests.count == AWSRetryPolicy.dynamoDB.maxAttempts)
        #expect(error.attempts == AWSRetryPolicy.dynamoDB.maxAttempts, "attempts count every round")
        #expect(setup.proxy.pendingFaults == 1)
    }

    @Test func aResentTransactionKeepsItsToken() async throws {
        let setup = try await setUp()
        setup.proxy.enqueue(.wrongCRC32)
        try await setup.dynamo.transactWrite([.put(table: setup.table, item: ["id": "d"])])
        let tokens = setup.proxy.requests.compactMap(Self.token)
        #expect(tokens.count == 2)
        #expect(tokens.first == tokens.last, "DynamoDB applies a resent token's transaction once")
    }

    @Test func aSingleWriteBlockedByATransactionIsRetried() async throws {
        let setup = try await setUp()
        let body =
            #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionConflictException","message":"ongoing"}"#
        setup.proxy.enqueue(.respond(FaultProxyResponse(status: 400, body: Data(body.utf8))))
        try await setup.dynamo.put(["id": "e"] as [String: String], into: setup.table)
        #expect(setup.proxy.requests.count == 2)
        #expect(try await setup.dynamo.get([String: String].self, from: setup.table, key: ["id": "e"]) == ["id": "e"])
    }

    @Test func aConditionalPutThatLandedBeforeItsResendKnowsItsOwnItem() async throws {
        let setup = try await setUp()
        let item: DynamoDBItem = ["id": "f", "n": .number(1.5), "tags": .ss(["x", "y"]), "at": "2026-01-01T00:00:00Z"]
        setup.proxy.enqueue(.wrongCRC32)
        let error = try await #require(throws: AWSError.self) {
            try await setup.dynamo.putItem(
                item, into: setup.table, condition: .attributeNotExists("id"), returnOldItemOnFailure: true)
        }
        #expect(error.code == .conditionalCheckFailed)
        #expect(error.attempts == 2)
        #expect(error.reportsOwnWrite(item), "the item found is the one this call wrote")
        var other = item
        other["at"] = "2026-01-01T00:00:01Z"
        #expect(!error.reportsOwnWrite(other), "another writer's item is not this call's")

        let firstTry = try await #require(throws: AWSError.self) {
            try await setup.dynamo.putItem(
                item, into: setup.table, condition: .attributeNotExists("id"), returnOldItemOnFailure: true)
        }
        #expect(!firstTry.reportsOwnWrite(item), "refused at the first attempt: someone else's, whatever it holds")
    }

    @Test func anIdempotencyClaimResentAfterItLandedIsStillThisRequests() async throws {
        let setup = try await setUp()
        let store = DynamoDBIdempotencyStore(client: setup.dynamo, table: setup.table)
        setup.proxy.enqueue(.wrongCRC32)
        let first = try await store.claim(
            id: "Fn#POST /x#u-1#key-1", requestHash: "h", now: Date(), lockSeconds: 60, ttlSeconds: 600)
        #expect(first == .acquired, "the claim that landed is this request's, not one still running")
        #expect(setup.proxy.requests.count == 2)
        let other = try await store.claim(
            id: "Fn#POST /x#u-1#key-1", requestHash: "h", now: Date(), lockSeconds: 60, ttlSeconds: 600)
        #expect(other == .inProgress, "another request with the key still waits")
    }

    @Test func aProfileUpdateResentAfterItLandedAnswersWithTheProfile() async throws {
        let setup = try await setUp()
        let table = AWSTestHarness.uniqueName("users")
        _ = try await setup.dynamo.createTable(
            CreateTableInput(
                tableName: table, keySchema: [.init(attributeName: "user_id", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "user_id", attributeType: "S")],
                billingMode: "PAY_PER_REQUEST"))
        let users = DynamoDBUserStore(client: setup.dynamo, table: table)
        _ = try await users.createIfAbsent(
            UserProfile(
                userId: "u-1", email: "a@example.com", emailVerified: true, name: "Al", createdAt: "t", updatedAt: "t"))
        setup.proxy.clear()
        setup.proxy.enqueue(.wrongCRC32)
        let updated = try await users.update("u-1", ProfileChanges(name: "Alma"), expectedVersion: 1)
        #expect(updated.name == "Alma" && updated.version == 2, "not a version conflict with its own write")
        #expect(setup.proxy.requests.count == 2)
        let stale = try await #require(throws: StoreError.self) {
            _ = try await users.update("u-1", ProfileChanges(name: "Ana"), expectedVersion: 1)
        }
        #expect(stale.code == .versionConflict)
    }

    @Test(
        arguments: [
            (AttributeValue.n("1.50"), AttributeValue.n("1.5"), true), (.n("10"), .n("1e1"), true),
            (.n("1"), .n("2"), false), (.ss(["a", "b"]), .ss(["b", "a"]), true), (.ss(["a"]), .ss(["a", "b"]), false),
            (.ns(["1", "2.0"]), .ns(["2", "1"]), true), (.l([.n("1"), .s("x")]), .l([.n("1.0"), .s("x")]), true),
            (.l([.s("x"), .s("y")]), .l([.s("y"), .s("x")]), false), (.m(["a": .n("3")]), .m(["a": .n("3.0")]), true),
            (.m(["a": .n("3")]), .m(["a": .n("3"), "b": .null]), false), (.s("1"), .n("1"), false),
        ])
    func storedValuesCompareAsDynamoDBKeepsThem(left: AttributeValue, right: AttributeValue, same: Bool) {
        #expect(left.isEquivalent(to: right) == same)
        #expect(right.isEquivalent(to: left) == same)
    }
}
