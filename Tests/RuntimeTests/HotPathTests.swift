import Foundation
import Logging
import Synchronization
import Testing

@testable import Runtime

/// The per-invocation helpers that were rewritten on bytes for speed must say exactly what the obvious versions say.
@Suite("Runtime hot path")
struct HotPathTests {
    // MARK: JSONText.quoted

    /// The straightforward escaper the byte version replaced, as the oracle.
    static func referenceQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test(
        "quoted escapes exactly what JSON requires and keeps everything else",
        arguments: [
            "", "plain", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1f}\u{7f}",
            "héllo wörld ☃ 🦆", "\u{2028}\u{2029}", "mixed \"é\"\n\u{8}🦆\\", String(repeating: "\u{1b}", count: 40),
        ])
    func quotedMatchesReference(_ text: String) throws {
        let quoted = JSONText.quoted(text)
        #expect(quoted == Self.referenceQuoted(text))
        // And it is a JSON string literal that decodes back to the text.
        let decoded = try JSONDecoder().decode(String.self, from: Data(quoted.utf8))
        #expect(decoded == text)
    }

    @Test("quoted agrees with the reference on thousands of random strings")
    func quotedRandom() throws {
        var generator = SplitMix(seed: 7)
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1f}", "é", "€", "🦆",
        ]
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 24) {
                text.unicodeScalars.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            #expect(JSONText.quoted(text) == Self.referenceQuoted(text))
        }
    }

    // MARK: Timestamp

    @Test(
        "timestamps are RFC 3339 UTC with milliseconds, for any instant",
        arguments: [
            (Int64(0), "1970-01-01T00:00:00.000Z"), (1_790_000_000_123, "2026-09-21T14:13:20.123Z"),
            (951_782_400_999, "2000-02-29T00:00:00.999Z"), (-1, "1969-12-31T23:59:59.999Z"),
            (253_402_300_799_999, "9999-12-31T23:59:59.999Z"), (253_402_300_800_000, "10000-01-01T00:00:00.000Z"),
        ])
    func timestampFormat(_ milliseconds: Int64, _ expected: String) {
        #expect(Timestamp.format(epochMilliseconds: milliseconds) == expected)
    }

    @Test("the digit-by-digit timestamp agrees with Foundation's calendar arithmetic")
    func timestampAgreesWithDate() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<2000 {
            let milliseconds = Int64(generator.next() % 4_102_444_800_000)
            let date = Date(timeIntervalSince1970: Double(milliseconds) / 1000)
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC")!
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let millis = Int(milliseconds % 1000)
            func pad(_ value: Int, _ width: Int) -> String {
                let text = String(value)
                return String(repeating: "0", count: max(0, width - text.count)) + text
            }
            let expected =
                "\(pad(parts.year!, 4))-\(pad(parts.month!, 2))-\(pad(parts.day!, 2))T\(pad(parts.hour!, 2)):"
                + "\(pad(parts.minute!, 2)):\(pad(parts.second!, 2)).\(pad(millis, 3))Z"
            #expect(Timestamp.format(epochMilliseconds: milliseconds) == expected)
        }
    }

    // MARK: HTTPHeaders

    @Test(
        "header names compare as lowercased() does",
        arguments: [
            ("Content-Type", "content-type"), ("X-Amz-Date", "x-amz-date"), ("a", "b"), ("", ""), ("abc", "abcd"),
            ("Lambda-Runtime-Trace-Id", "LAMBDA-RUNTIME-TRACE-ID"),
            ("Lambda-Runtime-Trace-Id", "Lambda-Runtime-Aws-Tenant-Id"),
            ("\u{212A}", "k"), ("Stra\u{DF}e", "STRASSE"), ("ÉTÉ", "été"), ("[", "{"), ("@", "`"),
        ])
    func sameName(_ a: String, _ b: String) {
        #expect(HTTPHeaders.sameName(a, b) == (a.lowercased() == b.lowercased()))
        #expect(HTTPHeaders.sameName(b, a) == (a.lowercased() == b.lowercased()))
    }

    @Test("lookups, values and removal ignore case")
    func headerLookups() {
        var headers: HTTPHeaders = ["Set-Cookie": "a=1", "content-type": "application/json", "SET-COOKIE": "b=2"]
        #expect(headers["Content-Type"] == "application/json")
        #expect(headers.values("set-cookie") == ["a=1", "b=2"])
        #expect(headers["Missing"] == nil)
        headers.remove("Set-cookie")
        #expect(headers.values("set-cookie").isEmpty)
        #expect(headers.fields.count == 1)
    }

    // MARK: Header lines

    static func parse(_ line: String) -> [CurlTransfer.HeaderLine] {
        var parsed: [CurlTransfer.HeaderLine] = []
        Array(line.utf8).withUnsafeBytes { bytes in CurlTransfer.parseHeaderLine(bytes) { parsed.append($0) } }
        return parsed
    }

    @Test(
        "header lines give a status, a trimmed field, or nothing",
        arguments: [
            ("HTTP/1.1 200 OK\r\n", [CurlTransfer.HeaderLine.status(200)]),
            ("HTTP/2 404\r\n", [.status(404)]),
            ("HTTP/1.1  202  Accepted\r\n", [.status(202)]),
            ("HTTP/1.1 abc\r\n", [.status(0)]),
            ("HTTP/1.1\r\n", [.status(0)]),
            (
                "Lambda-Runtime-Aws-Request-Id: 8476a536-e9f4\r\n",
                [.field(name: "Lambda-Runtime-Aws-Request-Id", value: "8476a536-e9f4")]
            ),
            ("X-Padded: \t value with  spaces \t\r\n", [.field(name: "X-Padded", value: "value with  spaces")]),
            ("Empty:\r\n", [.field(name: "Empty", value: "")]),
            ("Url: http://example.com:8080/a\r\n", [.field(name: "Url", value: "http://example.com:8080/a")]),
            ("Unicode: héllo ☃\n", [.field(name: "Unicode", value: "héllo ☃")]),
            ("\r\n", []), ("no colon here\r\n", []), ("", []),
        ])
    func headerLine(_ line: String, _ expected: [CurlTransfer.HeaderLine]) {
        #expect(Self.parse(line) == expected)
    }

    // MARK: Log lines

    @Test("a JSON log line holds the handler's metadata, the call's overriding it, and the error")
    func jsonLogLine() throws {
        let lines = Mutex<[String]>([])
        var handler = LambdaLogHandler(
            label: "fn", format: .json, level: .info, sink: LogSink { line in lines.withLock { $0.append(line) } })
        handler[metadataKey: "requestId"] = "r-1"
        handler[metadataKey: "shared"] = "from handler"
        handler[metadataKey: "error"] = "stale"
        struct Failure: Error, CustomStringConvertible { var description: String { "it \"broke\"" } }
        handler.log(
            event: LogEvent(
                level: .warning, message: "hello \"world\"", error: Failure(),
                metadata: ["shared": "from call", "count": .stringConvertible(3)], source: "test", file: #fileID,
                function: #function, line: #line))
        let line = try #require(lines.withLock { $0.first })
        #expect(line.hasSuffix("}\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["level"] as? String == "WARN")
        #expect(object["message"] as? String == "hello \"world\"")
        #expect(object["function"] as? String == "fn")
        #expect(object["requestId"] as? String == "r-1")
        #expect(object["shared"] as? String == "from call")
        #expect(object["count"] as? Int == 3)
        #expect(object["error"] as? String == "it \"broke\"")
        // Keys after the fixed ones come sorted, so that lines are stable.
        let keys = ["count", "error", "requestId", "shared"].map { "\"\($0)\":" }
        let positions = keys.compactMap { line.range(of: $0)?.lowerBound }
        #expect(positions == positions.sorted() && positions.count == keys.count)
    }

    @Test("a text log line starts with the timestamp, level and request id")
    func textLogLine() throws {
        let lines = Mutex<[String]>([])
        var handler = LambdaLogHandler(
            label: "fn", format: .text, level: .info, sink: LogSink { line in lines.withLock { $0.append(line) } })
        handler[metadataKey: "requestId"] = "r-2"
        handler.log(
            event: LogEvent(
                level: .info, message: "served", error: nil, metadata: ["route": "/health"], source: "test",
                file: #fileID, function: #function, line: #line))
        let line = try #require(lines.withLock { $0.first })
        let parts = line.split(separator: " ")
        #expect(parts.count == 5)
        #expect(parts[0].hasSuffix("Z") && parts[1] == "INFO" && parts[2] == "r-2" && parts[3] == "served")
        #expect(parts[4] == "route=/health\n")
    }
}

/// A tiny deterministic generator, so that the random cases are the same on every run.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
