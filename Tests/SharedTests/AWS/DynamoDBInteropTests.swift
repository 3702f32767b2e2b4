import Foundation
import Runtime
import TestSupport
import Testing

@testable import Shared

/// Items written by our encoder read back identically through boto3, and items boto3 writes decode in Swift.
@Suite(
    "DynamoDB items shared with boto3", .enabled(if: MotoServer.isInstalled, "moto_server (and boto3) is not installed")
)
struct DynamoDBInteropTests {
    static let region = "sa-east-1"

    struct BotoItem: Codable, Equatable {
        var pk: String
        var title: String
        var score: Decimal
        var attempts: Int
        var big: Decimal
        var passed: Bool
        var nothing: String?
        var blob: Data
        var tags: Set<String>
        var scores: Set<Double>
        var meta: Meta
        var completedAt: Date
        var expiresAt: Date

        struct Meta: Codable, Equatable {
            var level: String
            var weights: [String: Double]
        }
    }

    @Test func itemsCrossBetweenSwiftAndBoto3() async throws {
        let moto = try await MotoServer.shared()
        let dynamo = DynamoDBClient(client: AWSTestHarness.client(), region: Self.region, endpoint: moto.endpoint)
        let table = AWSTestHarness.uniqueName("interop")
        _ = try await dynamo.createTable(
            CreateTableInput(
                tableName: table, keySchema: [.init(attributeName: "pk", keyType: "HASH")],
                attributeDefinitions: [.init(attributeName: "pk", attributeType: "S")], billingMode: "PAY_PER_REQUEST"))
        var ours = try DynamoDBEncoder().encode(AttributeCodingTests.sample)
        ours["pk"] = "from-swift"
        ours["explicitNull"] = .null
        ours["nestedList"] = .l([.m(["x": .n("-0.5")]), .l([.bool(true)])])
        _ = try await dynamo.putItem(PutItemInput(tableName: table, item: ours))

        let output = try PythonReference.run(
            "dynamodb_interop.py",
            input: [
                "endpoint": moto.endpoint, "region": Self.region, "table": table,
                "read_key": ["pk": ["S": "from-swift"]], "write_key": ["pk": ["S": "from-boto3"]],
            ])
        let readBack = try JSONDecoder().decode(
            DynamoDBItem.self, from: JSONSerialization.data(withJSONObject: output["read_back"] ?? [:]))
        #expect(readBack.keys.sorted() == ours.keys.sorted())
        for (name, value) in ours {
            #expect(readBack[name] == DynamoDBIntegrationTests.sortedSet(value), "attribute \(name)")
        }

        let boto = try #require(try await dynamo.get(BotoItem.self, from: table, key: ["pk": "from-boto3"]))
        #expect(boto.title == "Design resilient architectures")
        #expect(boto.score == Decimal(string: "87.125"))
        #expect(boto.big == Decimal(string: "123456789012345678901234567890"))
        #expect(boto.attempts == 3)
        #expect(boto.passed)
        #expect(boto.nothing == nil)
        #expect(boto.blob == Data([0, 1, 0xFE]))
        #expect(boto.tags == ["vpc", "nat"])
        #expect(boto.scores == [1, 2.5])
        #expect(boto.meta == BotoItem.Meta(level: "associate", weights: ["d1": 0.3]))
        #expect(boto.completedAt == ISO8601Text.parse("2026-01-02T03:04:05.678Z"))
        #expect(boto.expiresAt == Date(timeIntervalSince1970: 1_800_000_000))
        let raw = try #require(try await dynamo.getItem(GetItemInput(tableName: table, key: ["pk": "from-boto3"])).item)
        #expect(raw["history"] == .l([.n("1"), .s("two"), .m(["three": .n("3")])]))
    }
}
