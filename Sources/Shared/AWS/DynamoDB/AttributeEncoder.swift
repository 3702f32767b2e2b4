#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The `Encoder` behind ``DynamoDBEncoder``: containers write into reference nodes that resolve to attribute values
/// once encoding finishes.
final class AttributeEncoder: Encoder {
    struct Options {
        var dateEncoding: DynamoDBDateEncoding
        var keyEncoding: DynamoDBKeyEncoding
    }

    /// A value under construction: a finished attribute, a map or a list of nodes.
    final class Node {
        enum Content {
            case empty
            case value(AttributeValue?)
            case map([String: Node])
            case list([Node])
        }

        var content: Content = .empty

        init() {}
        init(_ value: AttributeValue?) { content = .value(value) }

        /// The attribute value, or `nil` when the node encodes nothing (an empty set).
        func resolve() -> AttributeValue? {
            switch content {
            case .empty: return nil
            case .value(let value): return value
            case .map(let nodes):
                var map: [String: AttributeValue] = [:]
                map.reserveCapacity(nodes.count)
                for (key, node) in nodes {
                    if let value = node.resolve() { map[key] = value }
                }
                return .m(map)
            case .list(let nodes): return .l(nodes.compactMap { $0.resolve() })
            }
        }
    }

    let options: Options
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let node: Node

    init(options: Options, codingPath: [any CodingKey], node: Node = Node()) {
        self.options = options
        self.codingPath = codingPath
        self.node = node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .map = node.content {
        } else {
            node.content = .map([:])
        }
        return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self, node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list = node.content {
        } else {
            node.content = .list([])
        }
        return UnkeyedContainer(encoder: self, node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// The attribute for `value`, handling the types that Codable would otherwise flatten (dates, data, sets,
    /// decimals); `nil` for an empty set, which DynamoDB cannot store.
    func box<T: Encodable>(_ value: T, isTopLevel: Bool = false, key: (any CodingKey)? = nil) throws -> AttributeValue?
    {
        let path = key.map { codingPath + [$0] } ?? codingPath
        switch value {
        case let string as String: return .s(string)
        case let bool as Bool: return .bool(bool)
        case let int as Int: return .n(String(int))
        case let double as Double: return try number(double, path: path)
        case let date as Date: return encode(date)
        case let data as Data: return .b(data)
        case let decimal as Decimal: return .n(decimal.description)
        case let url as URL: return .s(url.absoluteString)
        case let set as Set<String>: return set.isEmpty ? nil : .ss(set.sorted())
        case let set as Set<Data>: return set.isEmpty ? nil : .bs(set.sorted { $0.lexicographicallyPrecedes($1) })
        case let set as any NumberSet: return try set.numberTexts(path: path).map { .ns($0) }
        case let dictionary as any StringKeyedDictionaryEncodable:
            return .m(try dictionary.encodeEntries(with: AttributeEncoder(options: options, codingPath: path)))
        default:
            var options = self.options
            if !isTopLevel, let chosen = DynamoDBEncoder.dateEncoding(for: T.self) {
                options.dateEncoding = chosen
            }
            let child = AttributeEncoder(options: options, codingPath: path)
            try value.encode(to: child)
            return child.node.resolve()
        }
    }

    func encode(_ date: Date) -> AttributeValue {
        switch options.dateEncoding {
        case .iso8601: return .s(ISO8601Text.format(date))
        case .epochSeconds: return .n(String(describing: date.timeIntervalSince1970))
        case .epochMilliseconds: return .n(String(Int64((date.timeIntervalSince1970 * 1000).rounded())))
        }
    }

    func number(_ value: Double, path: [any CodingKey]) throws -> AttributeValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: path, debugDescription: "DynamoDB numbers must be finite"))
        }
        if value == value.rounded(), abs(value) < 1e15 { return .n(String(Int64(value))) }
        return .n(String(describing: value))
    }

    func attributeName(_ key: some CodingKey) -> String {
        options.keyEncoding.attributeName(key.stringValue)
    }
}

/// `[String: Value]` dictionaries, whose keys are data and so never renamed by ``DynamoDBKeyEncoding``.
protocol StringKeyedDictionaryEncodable {
    func encodeEntries(with encoder: AttributeEncoder) throws -> [String: AttributeValue]
}

extension Dictionary: StringKeyedDictionaryEncodable where Key == String, Value: Encodable {
    func encodeEntries(with encoder: AttributeEncoder) throws -> [String: AttributeValue] {
        var result: [String: AttributeValue] = [:]
        result.reserveCapacity(count)
        for (key, value) in self {
            if let attribute = try encoder.box(value, key: DictionaryKey(key)) { result[key] = attribute }
        }
        return result
    }
}

/// The coding key of a dictionary entry.
struct DictionaryKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ key: String) { stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Sets of numbers, which DynamoDB stores as NS.
protocol NumberSet {
    func numberTexts(path: [any CodingKey]) throws -> [String]?
}

extension Set: NumberSet where Element: Numeric & Encodable {
    func numberTexts(path: [any CodingKey]) throws -> [String]? {
        if isEmpty { return nil }
        let encoder = AttributeEncoder(
            options: .init(dateEncoding: .iso8601, keyEncoding: .useDefaultKeys), codingPath: path)
        var texts: [String] = []
        for element in self {
            guard case .n(let text) = try encoder.box(element) else {
                throw EncodingError.invalidValue(element, .init(codingPath: path, debugDescription: "not a number"))
            }
            texts.append(text)
        }
        return texts.sorted()
    }
}
