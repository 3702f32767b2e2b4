import Foundation
import Testing

@testable import Shared

@Suite("DynamoDB attribute coding")
struct AttributeCodingTests {
    struct Everything: Codable, Equatable {
        struct Nested: Codable, Equatable {
            var label: String
            var weight: Double
        }

        var id: String
        var count: Int
        var big: Int64
        var ratio: Double
        var exact: Decimal
        var blob: Data
        var flag: Bool
        var list: [Int]
        var nested: Nested
        var tags: Set<String>
        var scores: Set<Int>
        var blobs: Set<Data>
        var emptyTags: Set<String>
        var missing: String?
        var createdAt: Date
        var scoresByDomain: [String: Double]
    }

    static let sample = Everything(
        id: "u1", count: 42, big: Int64.max, ratio: 0.1,
        exact: Decimal(string: "12345678901234567890.123456789")!, blob: Data([0, 1, 2, 255]), flag: true,
        list: [3, 1, 2], nested: .init(label: "x", weight: 1.5), tags: ["b", "a"], scores: [10, 2],
        blobs: [Data([1]), Data([0, 9])], emptyTags: [], missing: nil,
        createdAt: Date(timeIntervalSince1970: 1_767_323_045.678), scoresByDomain: ["Design Resilient": 0.75])

    @Test func encodesEveryAttributeType() throws {
        let item = try DynamoDBEncoder().encode(Self.sample)
        #expect(item["id"] == .s("u1"))
        #expect(item["count"] == .n("42"))
        #expect(item["big"] == .n("9223372036854775807"))
        #expect(item["ratio"] == .n("0.1"))
        #expect(item["exact"] == .n("12345678901234567890.123456789"))
        #expect(item["blob"] == .b(Data([0, 1, 2, 255])))
        #expect(item["flag"] == .bool(true))
        #expect(item["list"] == .l([.n("3"), .n("1"), .n("2")]))
        #expect(item["nested"] == .m(["label": .s("x"), "weight": .n("1.5")]))
        #expect(item["tags"] == .ss(["a", "b"]))
        #expect(item["scores"] == .ns(["10", "2"]))
        #expect(item["blobs"] == .bs([Data([0, 9]), Data([1])]))
        #expect(item["emptyTags"] == nil, "DynamoDB rejects empty sets, so they are omitted")
        #expect(item["missing"] == nil, "nil optionals are omitted")
        #expect(item["createdAt"] == .s("2026-01-02T03:04:05.678Z"))
        #expect(item["scoresByDomain"] == .m(["Design Resilient": .n("0.75")]))
    }

    @Test func roundTripsThroughDynamoDBJSON() throws {
        let item = try DynamoDBEncoder().encode(Self.sample)
        let json = try JSONEncoder().encode(item)
        let back = try JSONDecoder().decode([String: AttributeValue].self, from: json)
        #expect(back == item)
        let decoded = try DynamoDBDecoder().decode(Everything.self, from: back)
        #expect(decoded == Self.sample)
    }

    @Test(
        arguments: [
            (AttributeValue.s("a\"b"), #"{"S":"a\"b"}"#), (.n("1.50"), #"{"N":"1.50"}"#),
            (.b(Data([1, 2])), #"{"B":"AQI="}"#),
            (.bool(false), #"{"BOOL":false}"#), (.null, #"{"NULL":true}"#), (.l([.n("1")]), #"{"L":[{"N":"1"}]}"#),
            (.m(["k": .s("v")]), #"{"M":{"k":{"S":"v"}}}"#), (.ss(["a"]), #"{"SS":["a"]}"#),
            (.ns(["1"]), #"{"NS":["1"]}"#),
            (.bs([Data([0])]), #"{"BS":["AA=="]}"#),
        ])
    func dynamoDBJSONShape(value: AttributeValue, json: String) throws {
        #expect(String(decoding: try JSONEncoder().encode(value), as: UTF8.self) == json)
        #expect(try JSONDecoder().decode(AttributeValue.self, from: Data(json.utf8)) == value)
    }

    @Test(arguments: [#"{}"#, #"{"S":"a","N":"1"}"#, #"{"X":"a"}"#, #"{"N":1}"#])
    func rejectsMalformedDynamoDBJSON(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(AttributeValue.self, from: Data(json.utf8)) }
    }

    struct Ttl: Codable, Equatable, DynamoDBDateEncodingProvider {
        static let dynamoDBDateEncoding = DynamoDBDateEncoding.epochSeconds
        var id: String
        var expiresAt: Date
        var history: [Date]
    }

    struct Holder: Codable, Equatable {
        var at: Date
        var ttl: Ttl
    }

    @Test func dateEncodingIsChosenPerType() throws {
        let holder = Holder(
            at: Date(timeIntervalSince1970: 0),
            ttl: Ttl(
                id: "k", expiresAt: Date(timeIntervalSince1970: 1_800_000_000),
                history: [Date(timeIntervalSince1970: 5)]))
        let item = try DynamoDBEncoder().encode(holder)
        #expect(item["at"] == .s("1970-01-01T00:00:00.000Z"))
        #expect(item["ttl"] == .m(["id": .s("k"), "expiresAt": .n("1800000000.0"), "history": .l([.n("5.0")])]))
        #expect(try DynamoDBDecoder().decode(Holder.self, from: item) == holder)
        let top = try DynamoDBEncoder().encode(holder.ttl)
        #expect(top["expiresAt"] == .n("1800000000.0"), "the top-level type's choice applies too")
        let millis = try DynamoDBEncoder(dateEncoding: .epochMilliseconds).encode([
            "at": Date(timeIntervalSince1970: 1.5)
        ])
        #expect(millis["at"] == .n("1500"))
        #expect(
            try DynamoDBDecoder(dateEncoding: .epochMilliseconds).decode([String: Date].self, from: millis)["at"]
                == Date(timeIntervalSince1970: 1.5))
    }

    struct Profile: Codable, Equatable {
        var userId: String
        var targetExamID: String
        var displayName: String?
    }

    @Test func snakeCaseKeys() throws {
        let profile = Profile(userId: "u", targetExamID: "saa-c03", displayName: "Ana")
        let encoder = DynamoDBEncoder(keyEncoding: .convertToSnakeCase)
        let item = try encoder.encode(profile)
        #expect(Set(item.keys) == ["user_id", "target_exam_id", "display_name"])
        #expect(try DynamoDBDecoder(keyEncoding: .convertToSnakeCase).decode(Profile.self, from: item) == profile)
    }

    struct Optionals: Codable, Equatable {
        var a: String?
        var tags: Set<String>?
        var needed: Set<String>
    }

    @Test func nullAndMissingDecodeAsNilAndEmpty() throws {
        let decoded = try DynamoDBDecoder().decode(Optionals.self, from: ["a": .null])
        #expect(decoded == Optionals(a: nil, tags: nil, needed: []))
    }

    @Test func typeMismatchNamesThePath() {
        do {
            _ = try DynamoDBDecoder().decode(Everything.Nested.self, from: ["label": .n("1"), "weight": .n("1")])
            Issue.record("expected a type mismatch")
        } catch let DecodingError.typeMismatch(_, context) {
            #expect(context.codingPath.map(\.stringValue) == ["label"])
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: DecodingError.self) { try DynamoDBDecoder().decode(Profile.self, from: ["userId": .s("u")]) }
        #expect(throws: DecodingError.self) { try DynamoDBDecoder().decode([String: Int].self, from: ["n": .n("1.5")]) }
    }

    @Test func encodingErrors() {
        #expect(throws: EncodingError.self) { try DynamoDBEncoder().encode([1, 2]) }
        #expect(throws: EncodingError.self) { try DynamoDBEncoder().encode(["x": Double.nan]) }
        #expect(throws: EncodingError.self) { try DynamoDBEncoder().encode(["x": [Set<String>()]]) }
    }

    @Test(arguments: ["3", "3.0", "3E+0", "30E-1"])
    func integersReadFromAnyDecimalForm(text: String) throws {
        #expect(try DynamoDBDecoder().decode(Int.self, fromValue: .n(text)) == 3)
    }

    @Test(
        arguments: [
            ("2026-01-02T03:04:05.678Z", 1_767_323_045.678), ("2026-01-02T03:04:05Z", 1_767_323_045),
            ("2026-01-02T05:04:05+02:00", 1_767_323_045), ("1969-12-31T23:59:59Z", -1),
            ("2000-02-29T00:00:00Z", 951_782_400),
        ])
    func parsesISO8601(text: String, seconds: Double) throws {
        let date = try #require(ISO8601Text.parse(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test(arguments: ["", "2026-01-02", "2026-13-02T00:00:00Z", "2026-01-02T03:04:05", "2026-01-02T03:04:05.Z", "x"])
    func rejectsMalformedISO8601(text: String) {
        #expect(ISO8601Text.parse(text) == nil)
    }

    @Test func civilTimeRoundTripsAcrossCenturies() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 {
            let seconds = Int64.random(in: -5_000_000_000...10_000_000_000, using: &generator)
            let civil = CivilTime(epochSeconds: seconds)
            #expect(
                CivilTime.epochSeconds(
                    year: civil.year, month: civil.month, day: civil.day, hour: civil.hour, minute: civil.minute,
                    second: civil.second) == seconds)
            let text = ISO8601Text.format(Date(timeIntervalSince1970: TimeInterval(seconds)))
            #expect(ISO8601Text.parse(text)?.timeIntervalSince1970 == TimeInterval(seconds))
        }
    }
}
