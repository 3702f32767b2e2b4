import Yams

/// Reads a CloudFormation/SAM template's YAML into ``TemplateValue``s, turning the short-form tags (`!Ref`,
/// `!GetAtt`, `!Sub`, `!If`, …) and their long forms (`Ref`, `Fn::GetAtt`, …) into intrinsic cases.
public enum TemplateParser {
    /// Parses a whole document.
    ///
    /// - Throws: ``TemplateError`` when the YAML is malformed, empty, or an intrinsic has the wrong shape.
    public static func parse(_ yaml: String) throws -> TemplateValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw TemplateError("the template is not valid YAML: \(error)")
        }
        guard let node else { throw TemplateError("the template is empty") }
        return try value(node)
    }

    static func value(_ node: Node) throws -> TemplateValue {
        let tag = node.tag.description
        if tag.hasPrefix("!") {
            return try shortForm(tag: String(tag.dropFirst()), node: node)
        }
        switch node {
        case .scalar(let scalar):
            return literal(scalar)
        case .sequence(let sequence):
            return .list(try sequence.map(value))
        case .mapping(let mapping):
            var values: [String: TemplateValue] = [:]
            for (key, item) in mapping {
                guard let name = key.string else { throw TemplateError("a map key is not a string: \(key)") }
                values[name] = try value(item)
            }
            return try longForm(values)
        case .alias:
            throw TemplateError("YAML aliases are not supported in templates")
        }
    }

    private static func literal(_ scalar: Node.Scalar) -> TemplateValue {
        let node = Node.scalar(scalar)
        switch node.tag.description {
        case Tag.Name.null.rawValue: return .null
        case Tag.Name.bool.rawValue: return .bool(node.bool ?? false)
        case Tag.Name.int.rawValue, Tag.Name.float.rawValue: return .number(scalar.string)
        default: return .string(scalar.string)
        }
    }

    private static func shortForm(tag: String, node: Node) throws -> TemplateValue {
        let argument: TemplateValue
        switch node {
        case .scalar(let scalar): argument = .string(scalar.string)
        case .sequence(let sequence): argument = .list(try sequence.map(value))
        case .mapping:
            guard case .mapping(let mapping) = node else {
                argument = .null
                break
            }
            var values: [String: TemplateValue] = [:]
            for (key, item) in mapping { values[key.string ?? ""] = try value(item) }
            argument = .map(values)
        case .alias: throw TemplateError("YAML aliases are not supported in templates")
        }
        let name = tag == "Ref" || tag == "Condition" ? tag : "Fn::" + tag
        return try intrinsic(name, argument)
    }

    private static func longForm(_ values: [String: TemplateValue]) throws -> TemplateValue {
        guard values.count == 1, let (key, argument) = values.first,
            key == "Ref" || key.hasPrefix("Fn::") || key == "Condition"
        else { return .map(values) }
        // `Condition` is also an ordinary resource property (a resource's condition name), kept as such.
        if key == "Condition", case .string = argument { return .map(values) }
        return try intrinsic(key, argument)
    }

    static func intrinsic(_ name: String, _ argument: TemplateValue) throws -> TemplateValue {
        switch name {
        case "Ref":
            guard case .string(let target) = argument else { throw TemplateError("Ref wants a name, got \(argument)") }
            return .ref(target)
        case "Fn::GetAtt":
            switch argument {
            case .string(let dotted):
                guard let dot = dotted.firstIndex(of: ".") else {
                    throw TemplateError("GetAtt wants resource.attribute, got \(dotted)")
                }
                return .getAtt(
                    resource: String(dotted[..<dot]), attribute: String(dotted[dotted.index(after: dot)...]))
            case .list(let parts) where parts.count == 2:
                guard let resource = parts[0].scalarText, let attribute = parts[1].scalarText else {
                    throw TemplateError("GetAtt wants two names, got \(parts)")
                }
                return .getAtt(resource: resource, attribute: attribute)
            default:
                throw TemplateError("GetAtt wants resource.attribute, got \(argument)")
            }
        case "Fn::Sub":
            switch argument {
            case .string(let text): return .sub(text, [:])
            case .list(let parts) where parts.count == 2:
                guard case .string(let text) = parts[0] else { throw TemplateError("Sub wants a string first") }
                return .sub(text, parts[1].mapValue)
            default:
                throw TemplateError("Sub wants a string or [string, map], got \(argument)")
            }
        default:
            return .function(name, argument)
        }
    }
}

/// A template that LocalGateway cannot read or resolve, with a message naming the part.
public struct TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
