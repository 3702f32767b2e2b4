import Testing

@testable import Shared

@Suite("Strict JSON value parser")
struct JSONValueParserTests {
    let parser = JSONValueParser()

    @Test("Values keep their JSON types")
    func types() throws {
        let value = try parser.parse(
            #" {"a": [1, 2.5, -3e2, "x", true, false, null, {}], "b": "\u00e9\ud83d\ude00\n"} "#)
        #expect(
            value["a"]?.arrayValue?.map(\.typeName) == [
                "number", "number", "number", "string", "boolean", "boolean", "null", "object",
            ])
        #expect(value["a"]?.arrayValue?[2].numberValue == -300)
        #expect(value["a"]?.arrayValue?[1].intValue == nil)
        #expect(value["b"]?.stringValue == "é😀\n")
    }

    @Test(
        "Non-strict input is rejected with a position",
        arguments: [
            "", "{", "[1,]", #"{"a":1,}"#, "01", "1.", ".5", "+1", "NaN", "'a'", #"{"a" 1}"#, #"{a:1}"#, "[1] 2",
            "\"\u{01}\"", #""\x""#, #""\ud800""#, "tru", "// c\n1", #"{"a":1,"a":2}"#, "1e", "-", "[", "\"abc",
        ])
    func rejects(text: String) {
        #expect(throws: JSONParseError.self) { try parser.parse(text) }
    }

    @Test("Nesting deeper than the limit is an error, not a stack overflow")
    func depth() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try parser.parse(deep) }
        #expect((try? JSONValueParser(maximumDepth: 3).parse("[[[1]]]")) != nil)
        #expect((try? JSONValueParser(maximumDepth: 3).parse("[[[[1]]]]")) == nil)
    }

    @Test("Serialising and parsing again gives the same value, on generated documents")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            let value = RandomJSON.value(&generator, depth: 0)
            #expect(try parser.parse(value.serialized()) == value)
        }
    }

    @Test("Serialisation escapes control characters and sorts keys")
    func serialisation() {
        let value: JSONValue = ["b": "\u{01}\"\\", "a": .number(1.5), "c": .null]
        #expect(value.serialized() == #"{"a":1.5,"b":"\u0001\"\\","c":null}"#)
    }
}

/// Random JSON for property and fuzz tests, biased towards the words IAM policies and security groups use.
enum RandomJSON {
    static let words = [
        "Version", "Statement", "Effect", "Allow", "Deny", "allow", "Action", "NotAction", "Resource", "NotResource",
        "Condition", "Principal", "Sid", "2012-10-17", "*", "s3:GetObject", "iam:*", "*:Get*", "IAM:PassRole",
        "iam:passrole", "ec2:RunInstances", "lambda:CreateFunction", "lambda:InvokeFunction", "sts:AssumeRole",
        "arn:aws:iam::123456789012:role/*", "arn:aws:s3:::b/*", "arn:aws:iam::1:role/x", "StringEquals", "Bool",
        "aws:MultiFactorAuthPresent", "true", "IpProtocol", "FromPort", "ToPort", "IpRanges", "CidrIp", "0.0.0.0/0",
        "::/0", "Ipv6Ranges", "CidrIpv6", "tcp", "udp", "-1", "icmp", "22", "IpPermissions", "UserIdGroupPairs",
        "GroupId", "sg-1", "", "é", "\u{0}", "${aws:username}", "ForAllValues:StringLike", "NotIpAddress",
    ]

    static func word(_ generator: inout SeededGenerator) -> String {
        words[Int(generator.next() % UInt64(words.count))]
    }

    static func value(_ generator: inout SeededGenerator, depth: Int) -> JSONValue {
        let roll = generator.next() % (depth > 4 ? 5 : 8)
        switch roll {
        case 0: return .null
        case 1: return .bool(generator.next() % 2 == 0)
        case 2: return .number(Double(Int(generator.next() % 70_000) - 1_000))
        case 3, 4: return .string(word(&generator))
        case 5: return .array((0..<Int(generator.next() % 4)).map { _ in value(&generator, depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int(generator.next() % 6) {
                members[word(&generator)] = value(&generator, depth: depth + 1)
            }
            return .object(members)
        }
    }
}
