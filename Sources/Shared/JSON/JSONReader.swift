/// Why a text is not strict JSON (RFC 8259), or not of the shape a reader expected, with the byte offset where
/// reading stopped.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    /// Zero-based UTF-8 offset of the offending byte.
    public var offset: Int

    public var description: String { "\(message) at byte \(offset)" }
}

/// A strict pull reader over JSON text: the caller asks for the value it expects next and gets it straight from the
/// bytes, with no tree and no `Decoder` in between.
///
/// Strict on purpose: no comments, no trailing commas, no leading zeros, no control characters or invalid UTF-8 in
/// strings, no lone surrogates, and at most `maximumDepth` nested containers so hostile input cannot exhaust the
/// stack. Skipped values are checked as strictly as read ones. Every failure is a thrown ``JSONParseError``, never a
/// crash.
///
/// It reads borrowed bytes, so it lives inside ``read(_:maximumDepth:_:)``, which also requires that nothing but
/// whitespace follows the value.
public struct JSONReader {
    public enum Kind: Sendable, Equatable {
        case object, array, string, number, bool, null
    }

    /// An object member's name, compared against literals without making a `String` of it.
    public struct Key {
        /// The name's bytes between the quotes when it has no escapes.
        fileprivate let raw: UnsafeBufferPointer<UInt8>
        /// The unescaped name when it had escapes.
        fileprivate let unescaped: String?

        /// The name as a `String`.
        public var string: String { unescaped ?? String(decoding: raw, as: UTF8.self) }

        public static func ~= (pattern: StaticString, key: Key) -> Bool {
            if let unescaped = key.unescaped { return unescaped == pattern.description }
            guard pattern.utf8CodeUnitCount == key.raw.count else { return false }
            return pattern.withUTF8Buffer { $0.elementsEqual(key.raw) }
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let maximumDepth: Int
    private var depth = 0
    /// Where reading goes on: the next byte not yet consumed.
    public private(set) var offset = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    /// Reads one JSON value filling `bytes` (surrounding whitespace allowed) with `body`.
    ///
    /// - Throws: ``JSONParseError`` from `body`, or when anything but whitespace follows the value it read.
    public static func read<Result>(
        _ bytes: UnsafeRawBufferPointer, maximumDepth: Int = 64,
        _ body: (inout JSONReader) throws(JSONParseError) -> Result
    ) throws(JSONParseError) -> Result {
        var reader = JSONReader(bytes.assumingMemoryBound(to: UInt8.self), maximumDepth: maximumDepth)
        let result = try body(&reader)
        reader.skipWhitespace()
        guard reader.offset == reader.bytes.count else { throw reader.error("unexpected text after the JSON value") }
        return result
    }

    // MARK: Reading values

    /// The kind of the next value, without consuming it.
    public mutating func peek() throws(JSONParseError) -> Kind {
        skipWhitespace()
        guard let byte = current else { throw error("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw error("unexpected character")
        }
    }

    /// Reads an object, calling `member` with each member's name; `member` must read or skip exactly that member's
    /// value.
    public mutating func readObject(
        _ member: (inout JSONReader, Key) throws(JSONParseError) -> Void
    ) throws(JSONParseError) {
        try enter("{", expected: "an object")
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw error("expected a member name in double quotes") }
            let key = try readKey()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            offset += 1
            try member(&self, key)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                depth -= 1
                return
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    /// Reads an array, calling `element` once per element; `element` must read or skip exactly one value.
    public mutating func readArray(_ element: (inout JSONReader) throws(JSONParseError) -> Void) throws(JSONParseError)
    {
        try enter("[", expected: "an array")
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return
        }
        while true {
            try element(&self)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                depth -= 1
                return
            default: throw error("expected ',' or ']' in an array")
            }
        }
    }

    public mutating func readString() throws(JSONParseError) -> String {
        skipWhitespace()
        guard current == UInt8(ascii: "\"") else { throw error("expected a string") }
        return try readQuoted()
    }

    public mutating func readBool() throws(JSONParseError) -> Bool {
        skipWhitespace()
        switch current {
        case UInt8(ascii: "t"):
            try expectLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try expectLiteral("false")
            return false
        default: throw error("expected true or false")
        }
    }

    /// Consumes a `null` and answers `true`, or answers `false` and consumes nothing.
    public mutating func readNull() throws(JSONParseError) -> Bool {
        skipWhitespace()
        guard current == UInt8(ascii: "n") else { return false }
        try expectLiteral("null")
        return true
    }

    /// A number, as the closest `Double`.
    public mutating func readNumber() throws(JSONParseError) -> Double {
        let (start, isInteger) = try scanNumber()
        if isInteger, offset - start < 16, let value = integer(from: start) { return Double(value) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw JSONParseError(message: "number out of range", offset: start)
        }
        return value
    }

    /// A number written as an integer (no fraction, no exponent) that fits `Int64`.
    public mutating func readInt64() throws(JSONParseError) -> Int64 {
        let (start, isInteger) = try scanNumber()
        guard isInteger else { throw JSONParseError(message: "expected an integer", offset: start) }
        guard let value = integer(from: start) else {
            throw JSONParseError(message: "integer out of range", offset: start)
        }
        return value
    }

    /// Steps over the next value, checking it as strictly as reading it would.
    public mutating func skipValue() throws(JSONParseError) {
        switch try peek() {
        case .object: try readObject { reader, _ throws(JSONParseError) in try reader.skipValue() }
        case .array: try readArray { reader throws(JSONParseError) in try reader.skipValue() }
        case .string: try skipString()
        case .number: _ = try scanNumber()
        case .bool: _ = try readBool()
        case .null: _ = try readNull()
        }
    }

    // MARK: Common shapes

    /// An object whose values are all strings.
    public mutating func readStringMap() throws(JSONParseError) -> [String: String] {
        var map: [String: String] = [:]
        try readObject { reader, key throws(JSONParseError) in map[key.string] = try reader.readString() }
        return map
    }

    /// An array whose elements are all strings.
    public mutating func readStringArray() throws(JSONParseError) -> [String] {
        var strings: [String] = []
        try readArray { reader throws(JSONParseError) in strings.append(try reader.readString()) }
        return strings
    }

    /// `nil` for `null`, otherwise what `read` reads.
    public mutating func readOptional<Value>(
        _ read: (inout JSONReader) throws(JSONParseError) -> Value
    ) throws(JSONParseError) -> Value? {
        try readNull() ? nil : try read(&self)
    }

    /// An error at the current offset, for a value of the wrong shape.
    public func error(_ message: String) -> JSONParseError {
        JSONParseError(message: message, offset: offset)
    }

    // MARK: Lexing

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func enter(_ opening: UnicodeScalar, expected: String) throws(JSONParseError) {
        skipWhitespace()
        guard current == UInt8(opening.value) else { throw error("expected \(expected)") }
        guard depth < maximumDepth else { throw error("nesting deeper than \(maximumDepth)") }
        depth += 1
        offset += 1
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONParseError) {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= bytes.count,
            literal.withUTF8Buffer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[offset..<offset + count])) })
        else {
            throw error("invalid literal, expected \(literal)")
        }
        offset += count
    }

    /// Checks the number's syntax and consumes it; answers where it started and whether it is a bare integer.
    private mutating func scanNumber() throws(JSONParseError) -> (start: Int, isInteger: Bool) {
        skipWhitespace()
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let first = current, isDigit(first) else { throw error("expected a number") }
        offset += 1
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) {
            throw error("leading zeros are not allowed")
        }
        skipDigits()
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard let digit = current, isDigit(digit) else { throw error("expected a digit after '.'") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard let digit = current, isDigit(digit) else { throw error("expected a digit in the exponent") }
            skipDigits()
        }
        return (start, isInteger)
    }

    /// The integer between `start` and the offset, already checked to be one; `nil` past `Int64`.
    private func integer(from start: Int) -> Int64? {
        let negative = bytes[start] == UInt8(ascii: "-")
        var value: Int64 = 0
        for index in (negative ? start + 1 : start)..<offset {
            let digit = Int64(bytes[index] &- UInt8(ascii: "0"))
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflowMultiply, !overflowAdd else { return nil }
            value = next
        }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    private mutating func skipDigits() {
        while let byte = current, isDigit(byte) { offset += 1 }
    }

    private mutating func readKey() throws(JSONParseError) -> Key {
        let start = offset + 1
        if let end = plainRunEnd(from: start), bytes[end] == UInt8(ascii: "\"") {
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard Self.isUTF8(raw) else {
                throw JSONParseError(message: "invalid UTF-8 in a string", offset: start)
            }
            offset = end + 1
            return Key(raw: raw, unescaped: nil)
        }
        return Key(raw: UnsafeBufferPointer(rebasing: bytes[start..<start]), unescaped: try readQuoted())
    }

    /// Whether `run` is valid UTF-8; ASCII, nearly every run, is checked without making a `String`.
    private static func isUTF8(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        run.allSatisfy { $0 < 0x80 } || String(validating: run, as: UTF8.self) != nil
    }

    /// The index of the first quote, backslash or control byte at or after `start`; `nil` when the text ends first.
    private func plainRunEnd(from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index += 1
        }
        return nil
    }

    /// Steps over the string whose opening quote is at the offset, checking it as ``readQuoted()`` would without
    /// building it. Escapes are ASCII, so checking the UTF-8 of the runs between them checks the whole string.
    private mutating func skipString() throws(JSONParseError) {
        var runStart = offset + 1
        while true {
            guard let end = plainRunEnd(from: runStart) else {
                throw JSONParseError(message: "unterminated string", offset: bytes.count)
            }
            let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
            guard Self.isUTF8(run) else {
                throw JSONParseError(message: "invalid UTF-8 in a string", offset: runStart)
            }
            offset = end
            switch bytes[end] {
            case UInt8(ascii: "\""):
                offset = end + 1
                return
            case UInt8(ascii: "\\"):
                offset = end + 1
                _ = try readEscape()
                runStart = offset
            default:
                throw error("control character in a string")
            }
        }
    }

    /// Reads the string whose opening quote is at the offset.
    private mutating func readQuoted() throws(JSONParseError) -> String {
        var runStart = offset + 1
        var unescaped: [UInt8] = []
        while true {
            guard let end = plainRunEnd(from: runStart) else {
                throw JSONParseError(message: "unterminated string", offset: bytes.count)
            }
            offset = end
            switch bytes[end] {
            case UInt8(ascii: "\""):
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<end])
                offset = end + 1
                if unescaped.isEmpty, let string = String(validating: run, as: UTF8.self) { return string }
                unescaped.append(contentsOf: run)
                guard let string = String(validating: unescaped, as: UTF8.self) else {
                    throw JSONParseError(message: "invalid UTF-8 in a string", offset: runStart)
                }
                return string
            case UInt8(ascii: "\\"):
                unescaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
                offset = end + 1
                appendUTF8(of: try readEscape(), to: &unescaped)
                runStart = offset
            default:
                throw error("control character in a string")
            }
        }
    }

    private mutating func readEscape() throws(JSONParseError) -> Unicode.Scalar {
        guard let byte = current else { throw error("unterminated escape") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try readHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard current == UInt8(ascii: "\\") else { throw error("unpaired surrogate") }
                offset += 1
                guard current == UInt8(ascii: "u") else { throw error("unpaired surrogate") }
                offset += 1
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error("invalid low surrogate") }
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                guard let scalar = Unicode.Scalar(value) else { throw error("invalid code point") }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw error("unpaired surrogate") }
            return scalar
        default: throw error("invalid escape")
        }
    }

    private mutating func readHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current else { throw error("truncated \\u escape") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value * 16 + digit
            offset += 1
        }
        return value
    }

    private func appendUTF8(of scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: UTF8.encode(scalar)!)
    }
}

extension JSONReader {
    /// Reads `text`, as ``read(_:maximumDepth:_:)`` does.
    public static func read<Result>(
        _ text: String, maximumDepth: Int = 64, _ body: (inout JSONReader) throws(JSONParseError) -> Result
    ) throws(JSONParseError) -> Result {
        var text = text
        let outcome: Swift.Result<Result, JSONParseError> = text.withUTF8 { utf8 in
            do throws(JSONParseError) {
                return .success(try read(UnsafeRawBufferPointer(utf8), maximumDepth: maximumDepth, body))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}
