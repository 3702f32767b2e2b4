#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Types that decode as empty when their attribute is missing: DynamoDB cannot store an empty set, so the encoder
/// omits it.
protocol EmptyWhenMissing {
    static var emptyValue: Self { get }
}

extension Set: EmptyWhenMissing {
    static var emptyValue: Set<Element> { [] }
}

/// `[String: Value]` dictionaries, whose keys are data and so never renamed by ``DynamoDBKeyEncoding``.
protocol StringKeyedDictionaryDecodable {
    static func decodeEntries(_ map: [String: AttributeValue], decoder: AttributeDecoder) throws -> Self
}

extension Dictionary: StringKeyedDictionaryDecodable where Key == String, Value: Decodable {
    static func decodeEntries(_ map: [String: AttributeValue], decoder: AttributeDecoder) throws -> Self {
        var result: [String: Value] = [:]
        result.reserveCapacity(map.count)
        for (key, value) in map {
            result[key] = try decoder.child(value, key: DictionaryKey(key)).unbox(value, as: Value.self)
        }
        return result
    }
}

extension AttributeDecoder {
    struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: AttributeDecoder
        let map: [String: AttributeValue]
        var codingPath: [any CodingKey] { decoder.codingPath }

        var allKeys: [Key] {
            map.keys.compactMap { name in
                Key(stringValue: name)
                    ?? (decoder.options.keyEncoding == .useDefaultKeys ? nil : Key(stringValue: camelCase(name)))
            }
        }

        private func camelCase(_ name: String) -> String {
            let parts = name.split(separator: "_")
            guard let first = parts.first else { return name }
            return String(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        }

        private func name(_ key: Key) -> String { decoder.options.keyEncoding.attributeName(key.stringValue) }

        private func value(_ key: Key) throws -> AttributeValue {
            guard let value = map[name(key)] else {
                throw DecodingError.keyNotFound(
                    key, .init(codingPath: codingPath, debugDescription: "no attribute \(name(key))"))
            }
            return value
        }

        func contains(_ key: Key) -> Bool { map[name(key)] != nil }

        func decodeNil(forKey key: Key) throws -> Bool {
            guard let value = map[name(key)] else { return true }
            return value == .null
        }

        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            if map[name(key)] == nil, let empty = type as? any EmptyWhenMissing.Type {
                return empty.emptyValue as! T
            }
            let attribute = try value(key)
            return try decoder.child(attribute, key: key).unbox(attribute, as: type)
        }

        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let attribute = map[name(key)], attribute != .null else { return nil }
            return try decoder.child(attribute, key: key).unbox(attribute, as: type)
        }

        func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type, forKey key: Key
        ) throws -> KeyedDecodingContainer<NestedKey> {
            try decoder.child(try value(key), key: key).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try decoder.child(try value(key), key: key).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder { try superDecoder(forKey: Key(stringValue: "super")!) }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            decoder.child(map[name(key)] ?? .null, key: key)
        }
    }

    struct UnkeyedContainer: UnkeyedDecodingContainer {
        let decoder: AttributeDecoder
        let elements: [AttributeValue]
        var currentIndex = 0
        var codingPath: [any CodingKey] { decoder.codingPath }
        var count: Int? { elements.count }
        var isAtEnd: Bool { currentIndex >= elements.count }

        init(decoder: AttributeDecoder, elements: [AttributeValue]) {
            self.decoder = decoder
            self.elements = elements
        }

        private mutating func next() throws -> (AttributeValue, IndexKey) {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(
                    AttributeValue.self,
                    .init(codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "list is exhausted"))
            }
            defer { currentIndex += 1 }
            return (elements[currentIndex], IndexKey(currentIndex))
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, elements[currentIndex] == .null else { return false }
            currentIndex += 1
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let (value, key) = try next()
            return try decoder.child(value, key: key).unbox(value, as: type)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy type: NestedKey.Type
        ) throws -> KeyedDecodingContainer<NestedKey> {
            let (value, key) = try next()
            return try decoder.child(value, key: key).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (value, key) = try next()
            return try decoder.child(value, key: key).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder {
            let (value, key) = try next()
            return decoder.child(value, key: key)
        }
    }

    struct SingleValueContainer: SingleValueDecodingContainer {
        let decoder: AttributeDecoder
        var codingPath: [any CodingKey] { decoder.codingPath }

        func decodeNil() -> Bool { decoder.value == .null }

        func decode(_ type: Bool.Type) throws -> Bool { try decoder.unbox(decoder.value, as: type) }
        func decode(_ type: String.Type) throws -> String { try decoder.string(decoder.value) }
        func decode(_ type: Double.Type) throws -> Double { try decoder.floating(decoder.value) }
        func decode(_ type: Float.Type) throws -> Float { Float(try decoder.floating(decoder.value)) }
        func decode(_ type: Int.Type) throws -> Int { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(decoder.value, as: type) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(decoder.value, as: type) }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.unbox(decoder.value, as: type) }
    }
}
