#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Decodes DynamoDB items into `Decodable` types: the inverse of ``DynamoDBEncoder``.
///
/// Numbers are parsed from their decimal text into the requested type (an N that does not fit, such as `1.5` for an
/// `Int`, is a type mismatch); dates read S as ISO 8601 and N as epoch seconds (or milliseconds, when that is the
/// type's ``DynamoDBDateEncodingProvider`` choice); SS, NS and BS decode as arrays or sets; a missing set attribute
/// decodes as an empty set; NULL and a missing attribute decode as `nil`.
public struct DynamoDBDecoder: Sendable {
    /// Used only to read N dates as seconds or milliseconds.
    public var dateEncoding: DynamoDBDateEncoding
    public var keyEncoding: DynamoDBKeyEncoding

    public init(dateEncoding: DynamoDBDateEncoding = .iso8601, keyEncoding: DynamoDBKeyEncoding = .useDefaultKeys) {
        self.dateEncoding = dateEncoding
        self.keyEncoding = keyEncoding
    }

    /// A `T` from `item`.
    /// - Throws: `DecodingError` naming the attribute path when an attribute is missing or of the wrong type.
    public func decode<T: Decodable>(_ type: T.Type, from item: [String: AttributeValue]) throws -> T {
        try decode(type, fromValue: .m(item))
    }

    /// A `T` from one attribute value.
    /// - Throws: `DecodingError` when the value does not have the shape `T` expects.
    public func decode<T: Decodable>(_ type: T.Type, fromValue value: AttributeValue) throws -> T {
        let decoder = AttributeDecoder(
            value: value, codingPath: [],
            options: .init(
                dateEncoding: DynamoDBEncoder.dateEncoding(for: T.self) ?? dateEncoding, keyEncoding: keyEncoding))
        return try decoder.unbox(value, as: T.self, isTopLevel: true)
    }
}
