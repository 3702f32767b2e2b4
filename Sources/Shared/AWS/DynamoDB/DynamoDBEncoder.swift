#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Encodes `Encodable` values to DynamoDB items (`[String: AttributeValue]`) without hand-written marshalling.
///
/// Mapping: `String` → S; integers, floating point and `Decimal` → N (exact decimal text); `Data` → B; `Bool` → BOOL;
/// arrays → L; nested types and dictionaries → M; `Set<String>` → SS, sets of numbers → NS, `Set<Data>` → BS (sorted,
/// so the same set always encodes the same way); `Date` → ISO 8601 S or epoch N (``DynamoDBDateEncoding``, per type
/// through ``DynamoDBDateEncodingProvider``); `nil` optionals are omitted; an explicit `encodeNil` writes NULL.
/// DynamoDB rejects empty sets, so an empty set property is omitted and decodes back as empty.
public struct DynamoDBEncoder: Sendable {
    /// The date encoding of types that do not choose their own.
    public var dateEncoding: DynamoDBDateEncoding
    /// How property names become attribute names.
    public var keyEncoding: DynamoDBKeyEncoding

    public init(dateEncoding: DynamoDBDateEncoding = .iso8601, keyEncoding: DynamoDBKeyEncoding = .useDefaultKeys) {
        self.dateEncoding = dateEncoding
        self.keyEncoding = keyEncoding
    }

    /// The item for `value`.
    /// - Throws: `EncodingError.invalidValue` when `value` does not encode as a keyed container (a struct or a
    ///   dictionary), or holds a non-finite number or an empty set inside a list.
    public func encode<T: Encodable>(_ value: T) throws -> [String: AttributeValue] {
        guard case .m(let item) = try encodeValue(value) else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "a DynamoDB item must encode as a keyed container"))
        }
        return item
    }

    /// One attribute value for `value` (a string, a number, a nested type, …).
    /// - Throws: `EncodingError.invalidValue` for non-finite numbers, empty sets and values that encode nothing.
    public func encodeValue<T: Encodable>(_ value: T) throws -> AttributeValue {
        let encoder = AttributeEncoder(
            options: .init(dateEncoding: Self.dateEncoding(for: T.self) ?? dateEncoding, keyEncoding: keyEncoding),
            codingPath: [])
        guard let attribute = try encoder.box(value, isTopLevel: true) else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: [], debugDescription: "value encodes to nothing (an empty set?)"))
        }
        return attribute
    }

    static func dateEncoding(for type: Any.Type) -> DynamoDBDateEncoding? {
        (type as? any DynamoDBDateEncodingProvider.Type)?.dynamoDBDateEncoding
    }
}

/// How Swift property names map to attribute names.
public enum DynamoDBKeyEncoding: Sendable, Equatable {
    /// The coding key as it is.
    case useDefaultKeys
    /// `userId` ↔ `user_id`, `lessonID` ↔ `lesson_id`.
    case convertToSnakeCase

    func attributeName(_ key: String) -> String {
        switch self {
        case .useDefaultKeys: return key
        case .convertToSnakeCase: return Self.snakeCase(key)
        }
    }

    /// `userId` → `user_id`, `lessonID` → `lesson_id`, `targetExamID` → `target_exam_id` (ASCII letters only;
    /// other characters are kept as they are).
    static func snakeCase(_ key: String) -> String {
        let bytes = Array(key.utf8)
        guard bytes.contains(where: isUpper) else { return key }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) else {
                out.append(byte)
                continue
            }
            if index > 0 {
                let previous = bytes[index - 1]
                let nextIsLower = index + 1 < bytes.count && isLower(bytes[index + 1])
                if isLower(previous) || isDigit(previous) || (isUpper(previous) && nextIsLower) {
                    out.append(UInt8(ascii: "_"))
                }
            }
            out.append(byte + 32)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
