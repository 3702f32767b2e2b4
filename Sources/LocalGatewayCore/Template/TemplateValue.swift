import Shared

/// A value read from a CloudFormation/SAM template: YAML scalars, lists and maps, and the intrinsic functions
/// LocalGateway resolves (`Ref`, `Fn::GetAtt`, `Fn::Sub`, and the condition functions through ``function(_:_:)``).
///
/// Short (`!Ref X`) and long (`{"Ref": "X"}`) forms parse to the same case.
public indirect enum TemplateValue: Sendable, Equatable {
    case string(String)
    /// A YAML number, with its text as written (so `15` stays `15`, not `15.0`).
    case number(String)
    case bool(Bool)
    case null
    case list([TemplateValue])
    case map([String: TemplateValue])
    /// `!Ref name`: a parameter, a resource or a pseudo parameter (`AWS::Region`).
    case ref(String)
    /// `!GetAtt resource.attribute`.
    case getAtt(resource: String, attribute: String)
    /// `!Sub template` or `!Sub [template, {name: value}]`.
    case sub(String, [String: TemplateValue])
    /// Any other `Fn::<name>` (If, Equals, Not, And, Or, Join, Select) or `Condition`, with its argument.
    case function(String, TemplateValue)

    /// The value of `key` in a map; `nil` for a missing key or a value that is not a map.
    public subscript(key: String) -> TemplateValue? {
        if case .map(let values) = self { return values[key] }
        return nil
    }

    /// The text of a literal scalar (string, number or bool); `nil` for anything else.
    public var scalarText: String? {
        switch self {
        case .string(let text), .number(let text): text
        case .bool(let value): value ? "true" : "false"
        default: nil
        }
    }

    /// A literal integer (a number, or a string holding one).
    public var intValue: Int? {
        guard let text = scalarText else { return nil }
        return Int(text) ?? Double(text).map { Int($0) }
    }

    /// A literal number (a number, or a string holding one).
    public var doubleValue: Double? { scalarText.flatMap(Double.init) }

    /// A literal bool (`true`/`false`, in any case).
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        switch scalarText?.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// The elements of a list; a single value counts as a one-element list, as CloudFormation often allows.
    public var listValue: [TemplateValue] {
        switch self {
        case .list(let items): items
        case .null: []
        default: [self]
        }
    }

    /// The entries of a map; empty for anything else.
    public var mapValue: [String: TemplateValue] {
        if case .map(let values) = self { return values }
        return [:]
    }

    /// Whether the value still holds an intrinsic function somewhere inside it.
    public var hasIntrinsics: Bool {
        switch self {
        case .ref, .getAtt, .sub, .function: true
        case .list(let items): items.contains { $0.hasIntrinsics }
        case .map(let values): values.values.contains { $0.hasIntrinsics }
        default: false
        }
    }

    /// The literal value as JSON (for event patterns and schedule inputs); `nil` while it holds an intrinsic.
    public var jsonValue: JSONLooseValue? {
        switch self {
        case .string(let text): return .string(text)
        case .number(let text): return Double(text).map { .number($0) } ?? .string(text)
        case .bool(let value): return .bool(value)
        case .null: return .null
        case .list(let items):
            var values: [JSONLooseValue] = []
            for item in items {
                guard let value = item.jsonValue else { return nil }
                values.append(value)
            }
            return .array(values)
        case .map(let entries):
            var values: [String: JSONLooseValue] = [:]
            for (key, item) in entries {
                guard let value = item.jsonValue else { return nil }
                values[key] = value
            }
            return .object(values)
        case .ref, .getAtt, .sub, .function: return nil
        }
    }
}
