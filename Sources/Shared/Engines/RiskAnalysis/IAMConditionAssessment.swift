/// Decides which conditions really narrow a grant, so that they may lower a finding's severity.
///
/// A condition restricts when it can only pass for some requests: not a negated operator (`StringNotEquals`
/// passes for everything but the listed values), not `…IfExists` (passes when the key is absent), not
/// `ForAllValues:` (passes for an empty set), not a `…Like` whose values are all `*`, not an `IpAddress` of the
/// whole internet, and not a key that the caller controls (`aws:UserAgent`, `aws:Referer`) or that only says
/// how the request travelled (`aws:SecureTransport`).
enum IAMConditionAssessment {
    private static let baseOperators: [String] = [
        "stringequals", "stringnotequals", "stringequalsignorecase", "stringnotequalsignorecase", "stringlike",
        "stringnotlike", "numericequals", "numericnotequals", "numericlessthan", "numericlessthanequals",
        "numericgreaterthan", "numericgreaterthanequals", "dateequals", "datenotequals", "datelessthan",
        "datelessthanequals", "dategreaterthan", "dategreaterthanequals", "bool", "binaryequals", "ipaddress",
        "notipaddress", "arnequals", "arnlike", "arnnotequals", "arnnotlike", "null",
    ]
    private static let negatedOperators: Set<String> = [
        "stringnotequals", "stringnotequalsignorecase", "stringnotlike", "numericnotequals", "datenotequals",
        "notipaddress", "arnnotequals", "arnnotlike",
    ]
    private static let nonScopingKeys: Set<String> = ["aws:securetransport", "aws:useragent", "aws:referer"]

    private struct Parsed {
        var base: String
        var ifExists: Bool
        var forAllValues: Bool
    }

    private static func parse(_ op: String) -> Parsed? {
        var name = op.lowercased()
        var forAll = false
        if name.hasPrefix("forallvalues:") {
            forAll = true
            name.removeFirst("forallvalues:".count)
        } else if name.hasPrefix("foranyvalue:") {
            name.removeFirst("foranyvalue:".count)
        }
        var ifExists = false
        if name.hasSuffix("ifexists"), name != "null" {
            ifExists = true
            name.removeLast("ifexists".count)
        }
        guard baseOperators.contains(name) else { return nil }
        return Parsed(base: name, ifExists: ifExists, forAllValues: forAll)
    }

    /// Whether `op` is a condition operator of the IAM grammar (with optional set prefix and `IfExists`).
    static func isKnownOperator(_ op: String) -> Bool {
        parse(op) != nil
    }

    /// Whether one condition test narrows the requests the statement applies to.
    static func restricts(_ condition: IAMStatement.Condition) -> Bool {
        guard let parsed = parse(condition.op) else { return false }
        if parsed.ifExists || parsed.forAllValues || negatedOperators.contains(parsed.base) { return false }
        if nonScopingKeys.contains(condition.key) { return false }
        if parsed.base.hasSuffix("like"), condition.values.allSatisfy({ $0 == "*" }) { return false }
        if parsed.base == "ipaddress", condition.values.contains(where: { $0.hasSuffix("/0") }) { return false }
        return true
    }

    /// The lower-case keys of the conditions that restrict, empty when none does.
    static func restrictingKeys(_ conditions: [IAMStatement.Condition]) -> [String] {
        var keys: [String] = []
        for condition in conditions where restricts(condition) && !keys.contains(condition.key) {
            keys.append(condition.key)
        }
        return keys
    }
}
