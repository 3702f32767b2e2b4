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

    static func snakeCase(_ key: String) -> String {
        var out = ""
        out.reserveCapacity(key.utf8.count + 4)
        let characters = Array(key)
        for (index, character) in characters.enumerated() {
            if character.isUppercase {
                let previousIsLower = index > 0 && (characters[index - 1].isLowercase || characters[index - 1].isNumber)
                let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
                let previousIsUpper = index > 0 && characters[index - 1].isUppercase
                if index > 0 && (previousIsLower || (previousIsUpper && nextIsLower)) { out.append("_") }
                out.append(contentsOf: character.lowercased())
            } else {
                out.append(character)
            }
        }
        return out
    }
}
