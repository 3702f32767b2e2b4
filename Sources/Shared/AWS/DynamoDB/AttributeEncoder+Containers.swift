#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AttributeEncoder {
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let encoder: AttributeEncoder
        let node: Node
        var codingPath: [any CodingKey] { encoder.codingPath }

        private func set(_ value: AttributeValue?, _ key: Key) {
            guard case .map(var nodes) = node.content else { return }
            node.content = .empty
            nodes[encoder.attributeName(key)] = Node(value)
            node.content = .map(nodes)
        }

        private func set(node child: Node, _ key: Key) {
            guard case .map(var nodes) = node.content else { return }
            node.content = .empty
            nodes[encoder.attributeName(key)] = child
            node.content = .map(nodes)
        }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.s(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws {
            set(try encoder.number(value, path: codingPath + [key]), key)
        }
        mutating func encode(_ value: Float, forKey key: Key) throws {
            set(try encoder.number(Double(value), path: codingPath + [key]), key)
        }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.n(String(value)), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            set(try encoder.box(value, key: key), key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type, forKey key: Key
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = Node()
            set(node: child, key)
            return AttributeEncoder(options: encoder.options, codingPath: codingPath + [key], node: child)
                .container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let child = Node()
            set(node: child, key)
            return AttributeEncoder(options: encoder.options, codingPath: codingPath + [key], node: child)
                .unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

        mutating func superEncoder(forKey key: Key) -> any Encoder {
            let child = Node()
            set(node: child, key)
            return AttributeEncoder(options: encoder.options, codingPath: codingPath + [key], node: child)
        }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let encoder: AttributeEncoder
        let node: Node
        var codingPath: [any CodingKey] { encoder.codingPath }
        var count: Int {
            if case .list(let nodes) = node.content { return nodes.count }
            return 0
        }

        private func append(_ child: Node) {
            guard case .list(var nodes) = node.content else { return }
            node.content = .empty
            nodes.append(child)
            node.content = .list(nodes)
        }

        private var indexKey: IndexKey { IndexKey(count) }

        mutating func encodeNil() throws { append(Node(.null)) }
        mutating func encode(_ value: Bool) throws { append(Node(.bool(value))) }
        mutating func encode(_ value: String) throws { append(Node(.s(value))) }
        mutating func encode(_ value: Int) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: Int8) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: Int16) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: Int32) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: Int64) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: UInt) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: UInt8) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: UInt16) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: UInt32) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: UInt64) throws { append(Node(.n(String(value)))) }
        mutating func encode(_ value: Float) throws {
            append(Node(try encoder.number(Double(value), path: codingPath + [indexKey])))
        }
        mutating func encode(_ value: Double) throws {
            append(Node(try encoder.number(value, path: codingPath + [indexKey])))
        }
        mutating func encode<T: Encodable>(_ value: T) throws {
            guard let attribute = try encoder.box(value, key: indexKey) else {
                throw EncodingError.invalidValue(
                    value,
                    .init(codingPath: codingPath + [indexKey], debugDescription: "DynamoDB cannot store an empty set"))
            }
            append(Node(attribute))
        }

        mutating func nestedContainer<NestedKey: CodingKey>(
            keyedBy keyType: NestedKey.Type
        ) -> KeyedEncodingContainer<NestedKey> {
            let child = Node()
            let key = indexKey
            append(child)
            return AttributeEncoder(options: encoder.options, codingPath: codingPath + [key], node: child)
                .container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let child = Node()
            let key = indexKey
            append(child)
            return AttributeEncoder(options: encoder.options, codingPath: codingPath + [key], node: child)
                .unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder {
            let child = Node()
            let key = indexKey
            append(child)
            return AttributeEncoder(options: encoder.options, codingPath: codingPath + [key], node: child)
        }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let encoder: AttributeEncoder
        var codingPath: [any CodingKey] { encoder.codingPath }

        private func set(_ value: AttributeValue?) { encoder.node.content = .value(value) }

        mutating func encodeNil() throws { set(.null) }
        mutating func encode(_ value: Bool) throws { set(.bool(value)) }
        mutating func encode(_ value: String) throws { set(.s(value)) }
        mutating func encode(_ value: Int) throws { set(.n(String(value))) }
        mutating func encode(_ value: Int8) throws { set(.n(String(value))) }
        mutating func encode(_ value: Int16) throws { set(.n(String(value))) }
        mutating func encode(_ value: Int32) throws { set(.n(String(value))) }
        mutating func encode(_ value: Int64) throws { set(.n(String(value))) }
        mutating func encode(_ value: UInt) throws { set(.n(String(value))) }
        mutating func encode(_ value: UInt8) throws { set(.n(String(value))) }
        mutating func encode(_ value: UInt16) throws { set(.n(String(value))) }
        mutating func encode(_ value: UInt32) throws { set(.n(String(value))) }
        mutating func encode(_ value: UInt64) throws { set(.n(String(value))) }
        mutating func encode(_ value: Float) throws { set(try encoder.number(Double(value), path: codingPath)) }
        mutating func encode(_ value: Double) throws { set(try encoder.number(value, path: codingPath)) }
        mutating func encode<T: Encodable>(_ value: T) throws { set(try encoder.box(value)) }
    }
}

/// The coding key of a list element.
struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String

    init(_ index: Int) {
        intValue = index
        stringValue = "Index \(index)"
    }

    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.init(intValue) }
}
