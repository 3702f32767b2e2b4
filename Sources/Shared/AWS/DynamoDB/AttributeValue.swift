#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One DynamoDB attribute value, written and read as DynamoDB JSON (`{"S":"x"}`, `{"N":"1.50"}`, …). Numbers stay
/// decimal text so that no digit is lost between DynamoDB and Swift.
public indirect enum AttributeValue: Sendable, Hashable {
    case s(String)
    /// A number as DynamoDB's exact decimal text.
    case n(String)
    case b(Data)
    case bool(Bool)
    case null
    case l([AttributeValue])
    case m([String: AttributeValue])
    case ss([String])
    case ns([String])
    case bs([Data])

    /// A number attribute from any integer.
    public static func number(_ value: some BinaryInteger) -> AttributeValue { .n(String(value)) }

    /// A number attribute from a finite double (shortest text that reads back as the same double).
    public static func number(_ value: Double) -> AttributeValue { .n(String(describing: value)) }

    public var stringValue: String? {
        if case .s(let value) = self { return value }
        return nil
    }

    public var numberText: String? {
        if case .n(let value) = self { return value }
        return nil
    }

    public var mapValue: [String: AttributeValue]? {
        if case .m(let value) = self { return value }
        return nil
    }

    public var listValue: [AttributeValue]? {
        if case .l(let value) = self { return value }
        return nil
    }
}

extension AttributeValue: Codable {
    private enum Tag: String, CodingKey {
        case s = "S"
        case n = "N"
        case b = "B"
        case bool = "BOOL"
        case null = "NULL"
        case l = "L"
        case m = "M"
        case ss = "SS"
        case ns = "NS"
        case bs = "BS"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Tag.self)
        guard let tag = container.allKeys.first, container.allKeys.count == 1 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected exactly one DynamoDB type tag"))
        }
        switch tag {
        case .s: self = .s(try container.decode(String.self, forKey: tag))
        case .n: self = .n(try container.decode(String.self, forKey: tag))
        case .b: self = .b(try container.decode(Data.self, forKey: tag))
        case .bool: self = .bool(try container.decode(Bool.self, forKey: tag))
        case .null: self = .null
        case .l: self = .l(try container.decode([AttributeValue].self, forKey: tag))
        case .m: self = .m(try container.decode([String: AttributeValue].self, forKey: tag))
        case .ss: self = .ss(try container.decode([String].self, forKey: tag))
        case .ns: self = .ns(try container.decode([String].self, forKey: tag))
        case .bs: self = .bs(try container.decode([Data].self, forKey: tag))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Tag.self)
        switch self {
        case .s(let value): try container.encode(value, forKey: .s)
        case .n(let value): try container.encode(value, forKey: .n)
        case .b(let value): try container.encode(value, forKey: .b)
        case .bool(let value): try container.encode(value, forKey: .bool)
        case .null: try container.encode(true, forKey: .null)
        case .l(let value): try container.encode(value, forKey: .l)
        case .m(let value): try container.encode(value, forKey: .m)
        case .ss(let value): try container.encode(value, forKey: .ss)
        case .ns(let value): try container.encode(value, forKey: .ns)
        case .bs(let value): try container.encode(value, forKey: .bs)
        }
    }
}

extension AttributeValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .s(value) }
    public init(integerLiteral value: Int) { self = .n(String(value)) }
    public init(floatLiteral value: Double) { self = .n(String(describing: value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: AttributeValue...) { self = .l(elements) }
    public init(dictionaryLiteral elements: (String, AttributeValue)...) {
        self = .m(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
