import Testing

@testable import Shared

@Suite("Pull JSON reader")
struct JSONReaderTests {
    @Test("member names match literals whether or not they were escaped")
    func keys() throws {
        let names = try JSONReader.read(#"{"plain":1,"esc\u0061ped":2,"caf\u00e9":3,"café":4}"#) {
            reader throws(JSONParseError) in
            var names: [String] = []
            try reader.readObject { reader, key throws(JSONParseError) in
                switch key {
                case "plain", "escaped": names.append("literal:" + key.string)
                default: names.append(key.string)
                }
                _ = try reader.readInt64()
            }
            return names
        }
        #expect(names == ["literal:plain", "literal:escaped", "café", "café"])
    }

    @Test("integers are exact across Int64's range and refused past it or with a fraction")
    func integers() throws {
        func integer(_ text: String) throws(JSONParseError) -> Int64 {
            try JSONReader.read(text) { reader throws(JSONParseError) in try reader.readInt64() }
        }
        #expect(try integer("9223372036854775807") == Int64.max)
        #expect(try integer("-9223372036854775808") == Int64.min)
        #expect(try integer(" 0 ") == 0)
        for text in ["9223372036854775808", "-9223372036854775809", "1.0", "1e3", "-", "01"] {
            #expect(throws: JSONParseError.self, "\(text)") { try integer(text) }
        }
    }

    @Test("numbers read as the closest Double, short integers exactly")
    func numbers() throws {
        func number(_ text: String) throws(JSONParseError) -> Double {
            try JSONReader.read(text) { reader throws(JSONParseError) in try reader.readNumber() }
        }
        #expect(try number("123456789012345") == 123_456_789_012_345)
        #expect(try number("-0.5e-3") == -0.0005)
        #expect(try number("12345678901234567890") == Double("12345678901234567890"))
        #expect(throws: JSONParseError.self) { try number("1e400") }
    }

    @Test("a value of another kind than asked for is an error at its offset")
    func wrongKind() {
        do {
            _ = try JSONReader.read(#"{"a": 5}"#) { reader throws(JSONParseError) in
                try reader.readObject { reader, _ throws(JSONParseError) in _ = try reader.readString() }
            }
            Issue.record("a number was read as a string")
        } catch {
            #expect(error.offset == 6)
            #expect(error.message == "expected a string")
        }
    }

    @Test("a value must be read or skipped whole: leaving it is an error, not a silent misread")
    func unreadValue() {
        #expect(throws: JSONParseError.self) {
            try JSONReader.read(#"{"a": 5, "b": 6}"#) { reader throws(JSONParseError) in
                try reader.readObject { _, _ throws(JSONParseError) in }
            }
        }
    }
}

@Suite("Pull JSON reader: skipping")
struct JSONReaderSkipTests {
    @Test(
        "a skipped string is checked as a read one is",
        arguments: [
            (#""plain""#, true), (#""caf\u00e9 \ud83d\ude00 \"q\" \\ \/""#, true), ("\"é😀\"", true),
            (#""\ud800""#, false), (#""\x""#, false), ("\"tab\there\"", false), (#""open"#, false),
        ])
    func skipString(text: String, valid: Bool) {
        let skipped = (try? JSONReader.read(text) { reader throws(JSONParseError) in try reader.skipValue() }) != nil
        let read = (try? JSONReader.read(text) { reader throws(JSONParseError) in try reader.readString() }) != nil
        #expect(skipped == valid)
        #expect(read == valid)
    }

    @Test("invalid UTF-8 is refused whether the string is read or skipped")
    func invalidUTF8() {
        let bytes: [UInt8] = [0x22, 0x61, 0xC3, 0x28, 0x22]
        for skip in [true, false] {
            let refused = bytes.withUnsafeBytes { raw in
                let read: Void? = try? JSONReader.read(raw) { reader throws(JSONParseError) in
                    if skip { try reader.skipValue() } else { _ = try reader.readString() }
                }
                return read == nil
            }
            #expect(refused, "skip: \(skip)")
        }
    }
}
