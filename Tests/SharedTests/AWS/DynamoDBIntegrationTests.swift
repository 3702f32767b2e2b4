import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Every DynamoDB operation against moto_server (its own region, so suites sharing the server never collide).
@Suite("DynamoDB against moto", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct DynamoDBIntegrationTests {
    static let region = "eu-west-1"

    struct Progress: Codable, Equatable {
        var userId: String
        var lessonId: String
        var status: String
        var score: Int
        var tags: Set<String>
        var updatedAt: Date
        var note: String?
    }

    func makeTable(
        _ dynamo: DynamoDBClient, name: String = AWSTestHarness.uniqueName("progress")
    ) async throws -> String {
        _ = try await dynamo.createTable(
            CreateTableInput(
                tableName: name,
                keySchema: [
                    .init(attributeName: "userId", keyType: "HASH"), .init(attributeName: "lessonId", keyType: "RANGE"),
                ],
                attributeDefinitions: [
                    .init(attributeName: "userId", attributeType: "S"),
                    .init(attributeName: "lessonId", attributeType: "S"),
                ],
                billingMode: "PAY_PER_REQUEST"))
        return name
    }

    func dynamo(endpoint: String? = nil, recorder: DelayRecorder = DelayRecorder()) async throws -> DynamoDBClient {
        let moto = try await MotoServer.shared()
        return DynamoDBClient(
            client: AWSTestHarness.client(recorder: recorder), region: Self.region, endpoint: endpoint ?? moto.endpoint)
    }

    static func key(_ user: String, _ lesson: String) -> DynamoDBItem { ["userId": .s(user), "lessonId": .s(lesson)] }

    @Test func itemLifecycleWithConditionsAndReturnValues() async throws {
        let dynamo = try await dynamo()
        let table = try await makeTable(dynamo)
        let described = try await dynamo.describeTable(table)
        #expect(described?.tableStatus == "ACTIVE")
        try await dynamo.updateTimeToLive(table: table, attribute: "expiresAt")

        let item = Progress(
            userId: "u1", lessonId: "l1", status: "in_progress", score: 40, tags: ["vpc"],
            updatedAt: Date(timeIntervalSince1970: 1_800_000_000.25), note: nil)
        try await dynamo.put(item, into: table, condition: .attributeNotExists("userId"))
        #expect(try await dynamo.get(Progress.self, from: table, key: Self.key("u1", "l1")) == item)

        await #expect(throws: AWSError.self) {
            try await dynamo.put(item, into: table, condition: .attributeNotExists("userId"))
        }

        var update = DynamoDBUpdate()
        update.set("status", to: "mastered")
        update.add("score", 10)
        update.add("tags", .ss(["subnets"]))
        update.set("note", to: "reviewed")
        let new = try await dynamo.update(
            table: table, key: Self.key("u1", "l1"), update: update, condition: .equals("status", "in_progress"),
            returnValues: .allNew)
        #expect(new?["score"] == .n("50"))
        #expect(new?["tags"].map(Self.sortedSet) == .ss(["subnets", "vpc"]))

        do {
            try await dynamo.update(
                table: table, key: Self.key("u1", "l1"), update: update, condition: .equals("status", "in_progress"),
                returnOldItemOnFailure: true)
            Issue.record("the condition should have failed")
        } catch let error as AWSError {
            #expect(error.code == .conditionalCheckFailed)
            #expect(error.status == 400)
            #expect(error.item?["status"] == .s("mastered"), "ALL_OLD returns the item as it was")
            #expect(error.attempts == 1, "a failed condition is not retried")
        }

        let old = try await dynamo.delete(
            table: table, key: Self.key("u1", "l1"), condition: .attributeExists("userId"), returnValues: .allOld)
        #expect(old?["note"] == .s("reviewed"))
        #expect(try await dynamo.get(Progress.self, from: table, key: Self.key("u1", "l1")) == nil)
        await #expect(throws: AWSError.self) {
            try await dynamo.get(Progress.self, from: "no-such-table", key: Self.key("u1", "l1"))
        }
    }

    @Test func queryAndScanPaginateAcrossPages() async throws {
        let dynamo = try await dynamo()
        let table = try await makeTable(dynamo)
        let items = (0..<23).map { index in
            Progress(
                userId: "u1", lessonId: String(format: "lesson-%02d", index), status: index % 2 == 0 ? "even" : "odd",
                score: index, tags: [], updatedAt: Date(timeIntervalSince1970: Double(index)))
        }
        try await dynamo.batchPut(items, into: table)
        try await dynamo.put(items[0], into: table)

        var pages = 0
        var seen: [String] = []
        for try await page in dynamo.query(
            table: table, keyCondition: .equals("userId", "u1") && .beginsWith("lessonId", "lesson-"), limit: 5)
        {
            pages += 1
            seen += (page.items ?? []).compactMap { $0["lessonId"]?.stringValue }
        }
        #expect(pages >= 5, "23 items at 5 per page span at least five pages")
        #expect(seen == items.map(\.lessonId))

        var decoded: [Progress] = []
        for try await item in dynamo.query(
            table: table, keyCondition: .equals("userId", "u1"), filter: .equals("status", "odd"), limit: 4
        )
        .items(as: Progress.self) {
            decoded.append(item)
        }
        #expect(decoded == items.filter { $0.status == "odd" })

        let descending = try await dynamo.query(
            table: table, keyCondition: .equals("userId", "u1"), limit: 10, ascending: false
        )
        .collect(limit: 3)
        #expect(descending.compactMap { $0["lessonId"]?.stringValue } == ["lesson-22", "lesson-21", "lesson-20"])

        let scanned = try await dynamo.scan(table: table, filter: .greaterThanOrEqual("score", 20), limit: 6).collect()
        #expect(scanned.count == 3)
    }

    @Test func transactionsCommitOrCancelWithReasons() async throws {
        let dynamo = try await dynamo()
        let table = try await makeTable(dynamo)
        var bump = DynamoDBUpdate()
        bump.add("score", 5)
        try await dynamo.transactWrite([
            .put(
                table: table, item: ["userId": "t", "lessonId": "a", "score": 1],
                condition: .attributeNotExists("userId")),
            .put(table: table, item: ["userId": "t", "lessonId": "b", "score": 2]),
        ])
        try await dynamo.transactWrite([
            .update(table: table, key: Self.key("t", "a"), update: bump, condition: .attributeExists("userId")),
            .conditionCheck(table: table, key: Self.key("t", "b"), condition: .equals("score", 2)),
        ])
        do {
            try await dynamo.transactWrite([
                .conditionCheck(table: table, key: Self.key("t", "b"), condition: .equals("score", 99)),
                .delete(table: table, key: Self.key("t", "a")),
            ])
            Issue.record("the transaction should have been cancelled")
        } catch let error as AWSError {
            #expect(error.code == .transactionCanceled)
            #expect(error.cancellationReasons.map(\.code) == ["ConditionalCheckFailed", "None"])
        }
        let read = try await dynamo.transactGet([
            (table, Self.key("t", "a")), (table, Self.key("t", "b")), (table, Self.key("t", "zz")),
        ])
        #expect(read.count == 3)
        #expect(read[0]?["score"] == .n("6"), "the cancelled transaction deleted nothing")
        #expect(read[1]?["score"] == .n("2"))
        #expect(read[2] == nil)
    }

    @Test func everyAttributeTypeRoundTrips() async throws {
        let dynamo = try await dynamo()
        let table = try await makeTable(dynamo)
        let raw: DynamoDBItem = [
            "userId": "raw", "lessonId": "all", "s": .s("héllo \"quoted\" ✓"), "n": .n("12345678901234567890.0001"),
            "b": .b(Data([0, 255, 7])), "bool": .bool(false), "null": .null, "l": .l([.s("a"), .n("1"), .l([])]),
            "m": .m(["inner": .m(["deep": .bool(true)])]), "ss": .ss(["a", "b"]), "ns": .ns(["-1", "3.5"]),
            "bs": .bs([Data([1]), Data([2, 3])]),
        ]
        _ = try await dynamo.putItem(PutItemInput(tableName: table, item: raw))
        let back = try await dynamo.getItem(
            GetItemInput(tableName: table, key: Self.key("raw", "all"), consistentRead: true)
        ).item
        #expect(back?["n"] == .n("12345678901234567890.0001"), "numbers keep every digit")
        #expect(back?["s"] == raw["s"])
        #expect(back?["b"] == raw["b"])
        #expect(back?["bool"] == raw["bool"])
        #expect(back?["null"] == raw["null"])
        #expect(back?["l"] == raw["l"])
        #expect(back?["m"] == raw["m"])
        #expect(back.flatMap { $0["ss"] }.map(Self.sortedSet) == .ss(["a", "b"]))
        #expect(back.flatMap { $0["ns"] }.map(Self.sortedSet) == .ns(["-1", "3.5"]))
        #expect(back.flatMap { $0["bs"] }.map(Self.sortedSet) == raw["bs"])

        let typed = AttributeCodingTests.sample
        var item = try DynamoDBEncoder().encode(typed)
        item["userId"] = "typed"
        item["lessonId"] = "all"
        _ = try await dynamo.putItem(PutItemInput(tableName: table, item: item))
        let decoded = try await dynamo.get(
            AttributeCodingTests.Everything.self, from: table, key: Self.key("typed", "all"))
        #expect(decoded == typed)
    }

    static func sortedSet(_ value: AttributeValue) -> AttributeValue {
        switch value {
        case .ss(let values): return .ss(values.sorted())
        case .ns(let values): return .ns(values.sorted())
        case .bs(let values): return .bs(values.sorted { $0.lexicographicallyPrecedes($1) })
        default: return value
        }
    }
}
