import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Compact JSON text written straight into bytes, for the envelopes every invocation answers with (API Gateway
/// responses, problem documents), where a `JSONEncoder` pass would cost more than the rest of the invocation.
///
/// Separators are placed by the writer: call ``key(_:)`` before each member's value, and write values and containers
/// in document order. Strings are escaped as ``JSONText`` escapes log lines (slashes are not escaped).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// Whether the next key or array element needs a comma before it.
    private var needsComma = false

    public init(capacity: Int = 256) {
        bytes.reserveCapacity(capacity)
    }

    public var data: Data { Data(bytes) }
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// A member's name; its value comes next.
    public mutating func key(_ name: String) {
        separate()
        JSONText.appendQuoted(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) {
        separate()
        JSONText.appendQuoted(value, to: &bytes)
        needsComma = true
    }

    public mutating func integer(_ value: Int) {
        raw(String(value))
    }

    public mutating func bool(_ value: Bool) {
        raw(value ? "true" : "false")
    }

    public mutating func null() {
        raw("null")
    }

    /// Integers print without a fraction; JSON has no NaN or infinity, so those print as `null`.
    public mutating func number(_ value: Double) {
        guard value.isFinite else { return null() }
        if value.rounded() == value, abs(value) < 9.0e15 { return raw(String(Int(value))) }
        raw(String(value))
    }

    /// An object of string values, keys sorted so equal maps give equal text.
    public mutating func stringMap(_ map: [String: String]) {
        beginObject()
        for name in map.keys.sorted() {
            key(name)
            string(map[name]!)
        }
        endObject()
    }

    public mutating func stringArray(_ values: [String]) {
        beginArray()
        for value in values { string(value) }
        endArray()
    }

    private mutating func raw(_ text: String) {
        separate()
        bytes.append(contentsOf: text.utf8)
        needsComma = true
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }
}
