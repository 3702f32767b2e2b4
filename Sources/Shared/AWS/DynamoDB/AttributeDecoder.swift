#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `Decoder` behind ``DynamoDBDecoder``.
struct AttributeDecoder: Decoder {
    typealias Options = AttributeEncoder.Options

    let value: AttributeValue
    let codingPath: [any CodingKey]
    let options: Options
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: AttributeValue, codingPath: [any CodingKey], options: Options) {
        self.value = value
        self.codingPath = codingPath
        self.options = options
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .m(let map) = value else { throw mismatch([String: AttributeValue].self, value, codingPath) }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self, map: map))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        switch value {
        case .l(let list): return UnkeyedContainer(decoder: self, elements: list)
        case .ss(let strings): return UnkeyedContainer(decoder: self, elements: strings.map { .s($0) })
        case .ns(let numbers): return UnkeyedContainer(decoder: self, elements: numbers.map { .n($0) })
        case .bs(let blobs): return UnkeyedContainer(decoder: self, elements: blobs.map { .b($0) })
        default: throw mismatch([AttributeValue].self, value, codingPath)
        }
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueContainer(decoder: self)
    }

    func child(_ value: AttributeValue, key: any CodingKey, options: Options? = nil) -> AttributeDecoder {
        AttributeDecoder(value: value, codingPath: codingPath + [key], options: options ?? self.options)
    }

    /// Decodes the types that Codable would otherwise misread (dates, data, decimals, URLs), then everything else
    /// through its own `init(from:)`.
    func unbox<T: Decodable>(_ value: AttributeValue, as type: T.Type, isTopLevel: Bool = false) throws -> T {
        switch type {
        case is String.Type: return try string(value) as! T
        case is Bool.Type:
            guard case .bool(let bool) = value else { throw mismatch(type, value, codingPath) }
            return bool as! T
        case is Int.Type: return try integer(value, as: Int.self) as! T
        case is Double.Type: return try floating(value) as! T
        case is Date.Type: return try date(value) as! T
        case is Data.Type:
            guard case .b(let data) = value else { throw mismatch(type, value, codingPath) }
            return data as! T
        case is Decimal.Type:
            guard case .n(let text) = value, let decimal = Decimal(string: text) else {
                throw mismatch(type, value, codingPath)
            }
            return decimal as! T
        case is URL.Type:
            guard let url = URL(string: try string(value)) else { throw mismatch(type, value, codingPath) }
            return url as! T
        case let dictionary as any StringKeyedDictionaryDecodable.Type:
            guard case .m(let map) = value else { throw mismatch(type, value, codingPath) }
            return try dictionary.decodeEntries(map, decoder: self) as! T
        default:
            var decoder = self
            if !isTopLevel, let chosen = DynamoDBEncoder.dateEncoding(for: T.self) {
                decoder = AttributeDecoder(
                    value: value, codingPath: codingPath,
                    options: .init(dateEncoding: chosen, keyEncoding: options.keyEncoding))
            } else {
                decoder = AttributeDecoder(value: value, codingPath: codingPath, options: options)
            }
            return try T(from: decoder)
        }
    }

    func string(_ value: AttributeValue) throws -> String {
        guard case .s(let string) = value else { throw mismatch(String.self, value, codingPath) }
        return string
    }

    func integer<I: FixedWidthInteger>(_ value: AttributeValue, as type: I.Type) throws -> I {
        guard case .n(let text) = value else { throw mismatch(type, value, codingPath) }
        if let integer = I(text) { return integer }
        // DynamoDB may return `3.0` or `3E+1` for an integer written elsewhere.
        if let double = Double(text), double == double.rounded(), let integer = I(exactly: double) {
            return integer
        }
        throw DecodingError.dataCorrupted(
            .init(codingPath: codingPath, debugDescription: "number \(text) does not fit \(I.self)"))
    }

    func floating(_ value: AttributeValue) throws -> Double {
        guard case .n(let text) = value, let double = Double(text) else {
            throw mismatch(Double.self, value, codingPath)
        }
        return double
    }

    func date(_ value: AttributeValue) throws -> Date {
        switch value {
        case .s(let text):
            guard let date = ISO8601Text.parse(text) else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: codingPath, debugDescription: "\(text) is not an ISO 8601 date"))
            }
            return date
        case .n(let text):
            guard let number = Double(text) else { throw mismatch(Date.self, value, codingPath) }
            return Date(timeIntervalSince1970: options.dateEncoding == .epochMilliseconds ? number / 1000 : number)
        default:
            throw mismatch(Date.self, value, codingPath)
        }
    }

    func mismatch(_ type: Any.Type, _ value: AttributeValue, _ path: [any CodingKey]) -> DecodingError {
        DecodingError.typeMismatch(
            type, .init(codingPath: path, debugDescription: "expected \(type), found \(value.typeName)"))
    }
}

extension AttributeValue {
    /// The DynamoDB type tag, for error messages.
    var typeName: String {
        switch self {
        case .s: return "S"
        case .n: return "N"
        case .b: return "B"
        case .bool: return "BOOL"
        case .null: return "NULL"
        case .l: return "L"
        case .m: return "M"
        case .ss: return "SS"
        case .ns: return "NS"
        case .bs: return "BS"
        }
    }
}
