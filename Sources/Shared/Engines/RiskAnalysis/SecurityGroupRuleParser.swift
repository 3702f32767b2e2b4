/// Reads ingress rules from the JSON shapes learners paste, reporting what it cannot read.
///
/// Accepted: EC2's `DescribeSecurityGroups` output (`{"SecurityGroups": [...]}`), one group
/// (`{"IpPermissions": [...]}`), a bare array of `IpPermission` objects, and CloudFormation's
/// `SecurityGroupIngress` entries (`CidrIp`, `CidrIpv6`, `SourceSecurityGroupId`, `SourcePrefixListId`),
/// alone or under `Properties`. Ports may be numbers or numeric strings, as CloudFormation allows.
enum SecurityGroupRuleParser {
    struct Parsed {
        var rules: [SecurityGroupRule]
        var findings: [SecurityGroupFinding]
        var evaluated: Bool
    }

    static func parse(_ document: JSONValue) -> Parsed {
        var findings: [SecurityGroupFinding] = []
        func malformed(_ message: String, rule: Int? = nil) {
            findings.append(
                SecurityGroupFinding(
                    type: .malformed, severity: .high, message: message,
                    recommendation: "Fix the rule so EC2 accepts it; it is left out of the analysis.", ruleIndex: rule))
        }
        guard let rawRules = ruleList(document) else {
            malformed(
                "Expected security group JSON (SecurityGroups, IpPermissions, SecurityGroupIngress or an array of rules), got a \(document.typeName)."
            )
            return Parsed(rules: [], findings: findings, evaluated: false)
        }
        var rules: [SecurityGroupRule] = []
        for (index, raw) in rawRules.enumerated() {
            guard let object = raw.objectValue else {
                malformed("Rule \(index) is a \(raw.typeName), not an object.", rule: index)
                continue
            }
            switch rule(from: object) {
            case .success(let rule): rules.append(rule)
            case .failure(let problem): malformed("Rule \(index): \(problem.message)", rule: index)
            }
        }
        return Parsed(rules: rules, findings: findings, evaluated: !rawRules.isEmpty)
    }

    private static func ruleList(_ document: JSONValue) -> [JSONValue]? {
        switch document {
        case .array(let items): return items
        case .object(let object):
            if let groups = object["SecurityGroups"]?.arrayValue {
                return groups.flatMap { $0["IpPermissions"]?.arrayValue ?? [] }
            }
            if let permissions = object["IpPermissions"]?.arrayValue { return permissions }
            if let ingress = object["SecurityGroupIngress"]?.arrayValue { return ingress }
            if let properties = object["Properties"] { return ruleList(properties) }
            if object["IpProtocol"] != nil { return [document] }
            return nil
        default: return nil
        }
    }

    struct Problem: Error {
        var message: String
    }

    private static func rule(from object: [String: JSONValue]) -> Result<SecurityGroupRule, Problem> {
        let protocolValue: String
        switch object["IpProtocol"] {
        case .string(let text)?: protocolValue = text
        case .number?: protocolValue = object["IpProtocol"]!.serialized()
        case nil: return .failure(Problem(message: "IpProtocol is missing."))
        case let other?: return .failure(Problem(message: "IpProtocol must be a string, not a \(other.typeName)."))
        }
        var ports: [Int?] = []
        for key in ["FromPort", "ToPort"] {
            switch object[key] {
            case nil, .null?: ports.append(nil)
            case .number(let value)?:
                guard let port = object[key]!.intValue else {
                    return .failure(Problem(message: "\(key) \(value) is not a whole number."))
                }
                ports.append(port)
            case .string(let text)?:
                guard let port = Int(text) else {
                    return .failure(Problem(message: "\(key) \"\(text)\" is not a number."))
                }
                ports.append(port)
            case let other?: return .failure(Problem(message: "\(key) must be a number, not a \(other.typeName)."))
            }
        }
        var rule = SecurityGroupRule(ipProtocol: protocolValue, fromPort: ports[0], toPort: ports[1])
        do {
            rule.ipv4Ranges = try strings(object["IpRanges"], field: "CidrIp") + single(object["CidrIp"], "CidrIp")
            rule.ipv6Ranges =
                try strings(object["Ipv6Ranges"], field: "CidrIpv6") + single(object["CidrIpv6"], "CidrIpv6")
            rule.groupReferences =
                try strings(object["UserIdGroupPairs"], field: "GroupId")
                + single(object["SourceSecurityGroupId"], "SourceSecurityGroupId")
                + single(object["SourceSecurityGroupName"], "SourceSecurityGroupName")
            rule.prefixListIds =
                try strings(object["PrefixListIds"], field: "PrefixListId")
                + single(object["SourcePrefixListId"], "SourcePrefixListId")
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(message: "unreadable sources."))
        }
        return .success(rule)
    }

    /// `[{"CidrIp": "…"}, …]` → the `field` of each entry.
    private static func strings(_ value: JSONValue?, field: String) throws -> [String] {
        guard let value else { return [] }
        guard let items = value.arrayValue else {
            throw Problem(message: "the list holding \(field) must be an array, not a \(value.typeName).")
        }
        return try items.map { item in
            guard let text = item[field]?.stringValue else {
                throw Problem(message: "an entry has no \(field) string.")
            }
            return text
        }
    }

    private static func single(_ value: JSONValue?, _ field: String) throws -> [String] {
        guard let value else { return [] }
        guard let text = value.stringValue else {
            throw Problem(message: "\(field) must be a string, not a \(value.typeName).")
        }
        return [text]
    }
}
