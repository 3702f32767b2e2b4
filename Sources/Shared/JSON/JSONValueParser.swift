/// A strict JSON parser producing `JSONValue`: ``JSONReader``'s strictness, plus no duplicate object keys.
public struct JSONValueParser: Sendable {
    /// The deepest nesting of arrays and objects accepted.
    public var maximumDepth: Int

    public init(maximumDepth: Int = 64) {
        self.maximumDepth = maximumDepth
    }

    /// Parses one JSON value filling the whole text (surrounding whitespace allowed).
    /// - Throws: `JSONParseError` for anything that is not a single strict JSON value.
    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try JSONReader.read(text, maximumDepth: maximumDepth) { reader throws(JSONParseError) in
            try reader.readValue()
        }
    }
}

extension JSONReader {
    /// The next value, whatever its kind, with every object checked for duplicate keys.
    public mutating func readValue() throws(JSONParseError) -> JSONValue {
        switch try peek() {
        case .object:
            var members: [String: JSONValue] = [:]
            try readObject { reader, key throws(JSONParseError) in
                let name = key.string
                guard members[name] == nil else { throw reader.error("duplicate member name \"\(name)\"") }
                members[name] = try reader.readValue()
            }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            try readArray { reader throws(JSONParseError) in elements.append(try reader.readValue()) }
            return .array(elements)
        case .string: return .string(try readString())
        case .number: return .number(try readNumber())
        case .bool: return .bool(try readBool())
        case .null:
            _ = try readNull()
            return .null
        }
    }
}
