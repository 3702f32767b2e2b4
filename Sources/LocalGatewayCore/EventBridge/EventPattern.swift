import Shared

/// An EventBridge event pattern and its matching rules: every field named in the pattern must match (nested
/// objects recurse); a field matches when its value (or, for an array value, any element) satisfies any of the
/// field's matchers: an exact value, `prefix`, `suffix`, `equals-ignore-case`, `anything-but` (values or a
/// prefix), `exists`, or `numeric` comparisons. A field the event lacks matches only `{"exists": false}`.
public struct EventPattern: Sendable, Equatable {
    indirect enum Node: Sendable, Equatable {
        case object([String: Node])
        case matchers([Matcher])
    }

    enum Matcher: Sendable, Equatable {
        case equals(JSONLooseValue)
        case prefix(String)
        case suffix(String)
        case equalsIgnoreCase(String)
        case anythingBut([JSONLooseValue])
        case anythingButPrefix(String)
        case exists(Bool)
        case numeric([Comparison])
    }

    struct Comparison: Sendable, Equatable {
        var op: String
        var value: Double
    }

    let root: [String: Node]

    /// Reads a pattern.
    ///
    /// - Throws: ``TemplateError`` for a pattern that is not an object, a field whose value is neither an object
    ///   nor a list, or a matcher LocalGateway does not support.
    public init(_ pattern: JSONLooseValue) throws {
        guard case .object(let fields) = pattern else { throw TemplateError("an event pattern must be an object") }
        root = try Self.object(fields)
    }

    private static func object(_ fields: [String: JSONLooseValue]) throws -> [String: Node] {
        try fields.mapValues { value in
            switch value {
            case .object(let nested): return .object(try object(nested))
            case .array(let items): return .matchers(try items.map(matcher))
            default: throw TemplateError("an event pattern field must be a list of values or an object: \(value)")
            }
        }
    }

    private static func matcher(_ item: JSONLooseValue) throws -> Matcher {
        guard case .object(let fields) = item else { return .equals(item) }
        guard fields.count == 1, let (name, argument) = fields.first else {
            throw TemplateError("a pattern matcher must have exactly one key: \(item)")
        }
        switch (name, argument) {
        case ("prefix", .string(let text)): return .prefix(text)
        case ("suffix", .string(let text)): return .suffix(text)
        case ("equals-ignore-case", .string(let text)): return .equalsIgnoreCase(text)
        case ("exists", .bool(let flag)): return .exists(flag)
        case ("anything-but", .array(let values)): return .anythingBut(values)
        case ("anything-but", .object(let nested)):
            guard case .string(let text)? = nested["prefix"], nested.count == 1 else {
                throw TemplateError("anything-but supports values or {prefix}: \(item)")
            }
            return .anythingButPrefix(text)
        case ("anything-but", let value): return .anythingBut([value])
        case ("numeric", .array(let parts)):
            var comparisons: [Comparison] = []
            var index = 0
            while index + 1 < parts.count {
                guard case .string(let op) = parts[index], ["=", "<", "<=", ">", ">="].contains(op),
                    case .number(let value) = parts[index + 1]
                else { throw TemplateError("numeric wants operator/number pairs: \(item)") }
                comparisons.append(Comparison(op: op, value: value))
                index += 2
            }
            guard index == parts.count, !comparisons.isEmpty else {
                throw TemplateError("numeric wants operator/number pairs: \(item)")
            }
            return .numeric(comparisons)
        default:
            throw TemplateError("unsupported pattern matcher \(name) in \(item)")
        }
    }

    /// Whether `event` (the whole envelope: `source`, `detail-type`, `detail`, …) matches.
    public func matches(_ event: JSONLooseValue) -> Bool {
        guard case .object(let fields) = event else { return false }
        return Self.matches(root, fields)
    }

    private static func matches(_ pattern: [String: Node], _ fields: [String: JSONLooseValue]) -> Bool {
        for (name, node) in pattern {
            let value = fields[name]
            switch node {
            case .object(let nested):
                guard case .object(let inner)? = value, matches(nested, inner) else { return false }
            case .matchers(let matchers):
                guard matchers.contains(where: { matches($0, value) }) else { return false }
            }
        }
        return true
    }

    private static func matches(_ matcher: Matcher, _ value: JSONLooseValue?) -> Bool {
        if case .exists(let flag) = matcher {
            guard let value else { return !flag }
            if case .object = value { return !flag }
            return flag
        }
        guard let value else { return false }
        if case .array(let items) = value {
            return items.contains { matchesScalar(matcher, $0) }
        }
        return matchesScalar(matcher, value)
    }

    private static func matchesScalar(_ matcher: Matcher, _ value: JSONLooseValue) -> Bool {
        switch matcher {
        case .equals(let expected): return expected == value
        case .prefix(let text): return value.stringValue?.hasPrefix(text) ?? false
        case .suffix(let text): return value.stringValue?.hasSuffix(text) ?? false
        case .equalsIgnoreCase(let text): return value.stringValue?.lowercased() == text.lowercased()
        case .anythingBut(let values): return !values.contains(value)
        case .anythingButPrefix(let text): return !(value.stringValue?.hasPrefix(text) ?? false)
        case .exists: return true
        case .numeric(let comparisons):
            guard case .number(let number) = value else { return false }
            return comparisons.allSatisfy { comparison in
                switch comparison.op {
                case "=": number == comparison.value
                case "<": number < comparison.value
                case "<=": number <= comparison.value
                case ">": number > comparison.value
                default: number >= comparison.value
                }
            }
        }
    }
}

extension JSONLooseValue {
    var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }
}
