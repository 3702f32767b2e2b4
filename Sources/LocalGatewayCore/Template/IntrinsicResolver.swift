/// Resolves the intrinsic functions of template values to literals, the way CloudFormation would for one local
/// stack: parameters (overrides, else defaults), pseudo parameters, conditions, and the local names of resources.
public struct IntrinsicResolver: Sendable {
    public var parameters: [String: String]
    public var conditions: [String: TemplateValue]
    public var resources: LocalResources
    /// `AWS::Region`, `AWS::AccountId`, `AWS::StackName`, `AWS::Partition`, `AWS::URLSuffix`.
    public var pseudo: [String: String]

    public init(
        parameters: [String: String], conditions: [String: TemplateValue] = [:], resources: LocalResources,
        region: String, accountId: String, stackName: String
    ) {
        self.parameters = parameters
        self.conditions = conditions
        self.resources = resources
        self.pseudo = [
            "AWS::Region": region, "AWS::AccountId": accountId, "AWS::StackName": stackName,
            "AWS::Partition": "aws", "AWS::URLSuffix": "amazonaws.com",
            "AWS::StackId":
                "arn:aws:cloudformation:\(region):\(accountId):stack/\(stackName)/local",
        ]
    }

    /// `value` with every intrinsic resolved; `nil` when it resolves to `AWS::NoValue` (the property is dropped).
    ///
    /// - Throws: ``TemplateError`` for a reference to something unknown, an unsupported function, or a malformed
    ///   argument.
    public func resolve(_ value: TemplateValue) throws -> TemplateValue? {
        switch value {
        case .string, .number, .bool, .null:
            return value
        case .list(let items):
            return .list(try items.compactMap { try resolve($0) })
        case .map(let entries):
            var resolved: [String: TemplateValue] = [:]
            for (key, item) in entries {
                if let item = try resolve(item) { resolved[key] = item }
            }
            return .map(resolved)
        case .ref(let name):
            if name == "AWS::NoValue" { return nil }
            return .string(try reference(name))
        case .getAtt(let resource, let attribute):
            guard let value = resources.attributes[resource]?[attribute] else {
                throw TemplateError("!GetAtt \(resource).\(attribute): no such resource attribute locally")
            }
            return .string(value)
        case .sub(let text, let variables):
            return .string(try substitute(text, variables: variables))
        case .function(let name, let argument):
            return try function(name, argument)
        }
    }

    /// `value` resolved to a string.
    ///
    /// - Throws: ``TemplateError`` when it does not resolve to a scalar.
    public func string(_ value: TemplateValue) throws -> String {
        guard let resolved = try resolve(value), let text = resolved.scalarText else {
            throw TemplateError("expected a string, got \(value)")
        }
        return text
    }

    /// Evaluates the template condition `name`.
    ///
    /// - Throws: ``TemplateError`` for an unknown condition or one that does not evaluate to a bool.
    public func condition(_ name: String) throws -> Bool {
        guard let definition = conditions[name] else { throw TemplateError("unknown condition \(name)") }
        guard let value = try resolve(definition)?.boolValue else {
            throw TemplateError("condition \(name) does not evaluate to true or false")
        }
        return value
    }

    func reference(_ name: String) throws -> String {
        if let value = parameters[name] ?? pseudo[name] ?? resources.refs[name] { return value }
        throw TemplateError("!Ref \(name): no such parameter or resource locally")
    }

    /// `${Name}`, `${Resource.Attribute}` and `${!Literal}` as `Fn::Sub` defines them.
    func substitute(_ text: String, variables: [String: TemplateValue]) throws -> String {
        var output = ""
        var rest = Substring(text)
        while let start = rest.range(of: "${") {
            output += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else {
                throw TemplateError("!Sub \(text): unterminated ${")
            }
            let name = String(rest[start.upperBound..<end])
            rest = rest[rest.index(after: end)...]
            if name.hasPrefix("!") {
                output += "${" + name.dropFirst() + "}"
            } else if let variable = variables[name] {
                output += try string(variable)
            } else if let dot = name.firstIndex(of: "."), !name.hasPrefix("AWS::") {
                let resource = String(name[..<dot])
                let attribute = String(name[name.index(after: dot)...])
                output += try string(.getAtt(resource: resource, attribute: attribute))
            } else {
                output += try reference(name)
            }
        }
        return output + rest
    }

    private func function(_ name: String, _ argument: TemplateValue) throws -> TemplateValue? {
        let arguments = argument.listValue
        switch name {
        case "Fn::If":
            guard arguments.count == 3, let condition = arguments[0].scalarText else {
                throw TemplateError("!If wants [condition, then, else]")
            }
            return try resolve(try self.condition(condition) ? arguments[1] : arguments[2])
        case "Fn::Equals":
            guard arguments.count == 2 else { throw TemplateError("!Equals wants two values") }
            return .bool(try resolve(arguments[0])?.scalarText == resolve(arguments[1])?.scalarText)
        case "Fn::Not":
            guard arguments.count == 1, let value = try resolve(arguments[0])?.boolValue else {
                throw TemplateError("!Not wants one condition")
            }
            return .bool(!value)
        case "Fn::And", "Fn::Or":
            let values = try arguments.map { item -> Bool in
                guard let value = try resolve(item)?.boolValue else { throw TemplateError("\(name) wants conditions") }
                return value
            }
            return .bool(name == "Fn::And" ? !values.contains(false) : values.contains(true))
        case "Condition":
            guard let condition = argument.scalarText else { throw TemplateError("Condition wants a name") }
            return .bool(try self.condition(condition))
        case "Fn::Join":
            guard arguments.count == 2, let separator = arguments[0].scalarText else {
                throw TemplateError("!Join wants [separator, list]")
            }
            let parts = try (try resolve(arguments[1]) ?? .list([])).listValue.map { try string($0) }
            return .string(parts.joined(separator: separator))
        case "Fn::Select":
            guard arguments.count == 2, let index = try resolve(arguments[0])?.intValue else {
                throw TemplateError("!Select wants [index, list]")
            }
            let items = (try resolve(arguments[1]) ?? .list([])).listValue
            guard items.indices.contains(index) else { throw TemplateError("!Select index \(index) out of range") }
            return items[index]
        default:
            throw TemplateError("\(name) is not supported by LocalGateway")
        }
    }
}
