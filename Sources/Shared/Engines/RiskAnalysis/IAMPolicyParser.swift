/// Reads a `JSONValue` into `IAMStatement`s, reporting every grammar problem as a `malformed` finding.
///
/// It never throws: a statement it cannot evaluate is reported and left out; a problem that does not change
/// what the statement means (a bad `Sid`, an invalid ARN) is reported and the statement is still evaluated.
struct IAMPolicyParser {
    struct Parsed {
        var statements: [IAMStatement]
        var findings: [PolicyFinding]
        /// `false` when nothing in the document could be evaluated.
        var evaluated: Bool
        var statementCount: Int
    }

    private static let topLevelKeys = ["Version", "Id", "Statement"]
    private static let statementKeys = [
        "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition",
    ]

    private var findings: [PolicyFinding] = []

    static func parse(_ document: JSONValue) -> Parsed {
        var parser = IAMPolicyParser()
        return parser.run(document)
    }

    private mutating func report(
        _ severity: RiskSeverity, _ message: String, _ recommendation: String, statement: Int? = nil,
        sid: String? = nil
    ) {
        findings.append(
            PolicyFinding(
                type: .malformed, severity: severity, message: message, recommendation: recommendation,
                statementIndex: statement, sid: sid))
    }

    private mutating func run(_ document: JSONValue) -> Parsed {
        guard let top = document.objectValue else {
            report(
                .high, "The policy is a JSON \(document.typeName), not an object.",
                "Write the policy as an object with Version and Statement.")
            return Parsed(statements: [], findings: findings, evaluated: false, statementCount: 0)
        }
        for key in top.keys.sorted() where !Self.topLevelKeys.contains(key) {
            report(
                .high, "Unknown top-level element \"\(key)\"\(Self.suggestion(key, Self.topLevelKeys)).",
                "Use only Version, Id and Statement at the top level.")
        }
        checkVersion(top["Version"])
        if let id = top["Id"], id.stringValue == nil {
            report(.high, "Id must be a string, not a \(id.typeName).", "Write Id as a string or remove it.")
        }
        let rawStatements: [JSONValue]
        switch top["Statement"] {
        case nil:
            report(.high, "The policy has no Statement element.", "Add a Statement array with at least one statement.")
            return Parsed(statements: [], findings: findings, evaluated: false, statementCount: 0)
        case .object(let single)?:
            rawStatements = [.object(single)]
        case .array(let list)?:
            rawStatements = list
        case let other?:
            report(
                .high, "Statement must be an object or an array, not a \(other.typeName).",
                "Write Statement as an array of statement objects.")
            return Parsed(statements: [], findings: findings, evaluated: false, statementCount: 0)
        }
        if rawStatements.isEmpty {
            report(.high, "The Statement array is empty.", "Add at least one statement.")
        }
        var statements: [IAMStatement] = []
        var sids: Set<String> = []
        for (index, raw) in rawStatements.enumerated() {
            guard let object = raw.objectValue else {
                report(
                    .high, "Statement \(index) is a \(raw.typeName), not an object.",
                    "Each statement must be a JSON object.", statement: index)
                continue
            }
            if let statement = parseStatement(object, index: index, sids: &sids) {
                statements.append(statement)
            }
        }
        return Parsed(
            statements: statements, findings: findings, evaluated: !statements.isEmpty,
            statementCount: rawStatements.count)
    }

    private mutating func checkVersion(_ version: JSONValue?) {
        switch version {
        case nil:
            report(
                .low,
                "The policy has no Version, so IAM uses 2008-10-17 and policy variables such as ${aws:username} stay literal text.",
                "Add \"Version\": \"2012-10-17\".")
        case .string("2012-10-17")?:
            break
        case .string("2008-10-17")?:
            report(
                .low, "Version 2008-10-17 is the old policy language without policy variables.",
                "Use \"Version\": \"2012-10-17\".")
        case .string(let other)?:
            report(
                .medium, "Version \"\(other)\" is not a valid policy language version.",
                "Use \"Version\": \"2012-10-17\"; it is a fixed date, not today's date.")
        case let other?:
            report(.high, "Version must be a string, not a \(other.typeName).", "Use \"Version\": \"2012-10-17\".")
        }
    }

    private mutating func parseStatement(
        _ object: [String: JSONValue], index: Int, sids: inout Set<String>
    ) -> IAMStatement? {
        var sid: String?
        switch object["Sid"] {
        case nil: break
        case .string(let value)?:
            sid = value
            if !value.unicodeScalars.allSatisfy({
                ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
            }) {
                report(
                    .low, "Sid \"\(value)\" has characters other than ASCII letters and digits.",
                    "Use only A–Z, a–z and 0–9 in a Sid.", statement: index, sid: value)
            }
            if !sids.insert(value).inserted {
                report(
                    .medium, "Sid \"\(value)\" is used by more than one statement.",
                    "Give each statement a unique Sid.", statement: index, sid: value)
            }
        case let other?:
            report(.high, "Sid must be a string, not a \(other.typeName).", "Write Sid as a string.", statement: index)
        }
        for key in object.keys.sorted() where !Self.statementKeys.contains(key) {
            report(
                .high, "Unknown statement element \"\(key)\"\(Self.suggestion(key, Self.statementKeys)).",
                "Element names are case sensitive; use the exact names from the IAM grammar.", statement: index,
                sid: sid)
        }
        if object["Principal"] != nil || object["NotPrincipal"] != nil {
            report(
                .medium,
                "An identity policy cannot have Principal or NotPrincipal; that element belongs in resource and trust policies.",
                "Remove Principal: an identity policy applies to the user, group or role it is attached to.",
                statement: index, sid: sid)
        }
        let effect = parseEffect(object["Effect"], index: index, sid: sid)
        let actions = parseElement(object, "Action", "NotAction", index: index, sid: sid, validate: Self.validateAction)
        let resources = parseElement(
            object, "Resource", "NotResource", index: index, sid: sid, validate: Self.validateResource)
        let (conditions, unreadable) = parseConditions(object["Condition"], index: index, sid: sid)
        guard let effect, let actions, let resources else { return nil }
        return IAMStatement(
            index: index, sid: sid, effect: effect, actions: actions, resources: resources, conditions: conditions,
            hasUnreadableCondition: unreadable)
    }

    private mutating func parseEffect(_ value: JSONValue?, index: Int, sid: String?) -> IAMStatement.Effect? {
        switch value {
        case .string("Allow")?: return .allow
        case .string("Deny")?: return .deny
        case .string(let other)? where other.lowercased() == "allow" || other.lowercased() == "deny":
            report(
                .high, "Effect \"\(other)\" has the wrong case; IAM rejects it because Effect is case sensitive.",
                "Write exactly \"Allow\" or \"Deny\". The statement is analysed as if it were written correctly.",
                statement: index, sid: sid)
            return other.lowercased() == "allow" ? .allow : .deny
        case .string(let other)?:
            report(
                .high, "Effect \"\(other)\" is neither Allow nor Deny; the statement cannot be evaluated.",
                "Write \"Allow\" or \"Deny\".", statement: index, sid: sid)
        case nil:
            report(
                .high, "The statement has no Effect; the statement cannot be evaluated.",
                "Add \"Effect\": \"Allow\" or \"Deny\".", statement: index, sid: sid)
        case let other?:
            report(
                .high, "Effect must be a string, not a \(other.typeName); the statement cannot be evaluated.",
                "Write \"Allow\" or \"Deny\".", statement: index, sid: sid)
        }
        return nil
    }

    /// Reads `name` or `notName`: exactly one must be present, as a string or a non-empty array of strings.
    private mutating func parseElement(
        _ object: [String: JSONValue], _ name: String, _ notName: String, index: Int, sid: String?,
        validate: (inout Self, String, Int, String?) -> String?
    ) -> IAMStatement.Element? {
        let listed = object[name]
        let excluded = object[notName]
        if listed != nil, excluded != nil {
            report(
                .high, "The statement has both \(name) and \(notName); the statement cannot be evaluated.",
                "Keep one of them.", statement: index, sid: sid)
            return nil
        }
        guard let raw = listed ?? excluded else {
            report(
                .high, "The statement has neither \(name) nor \(notName); the statement cannot be evaluated.",
                "Add \(name).", statement: index, sid: sid)
            return nil
        }
        let elementName = listed != nil ? name : notName
        let strings: [JSONValue]
        switch raw {
        case .string: strings = [raw]
        case .array(let values): strings = values
        default:
            report(
                .high,
                "\(elementName) must be a string or an array of strings, not a \(raw.typeName); the statement cannot be evaluated.",
                "Write \(elementName) as a string or an array of strings.", statement: index, sid: sid)
            return nil
        }
        var patterns: [String] = []
        for value in strings {
            guard let text = value.stringValue else {
                report(
                    .high, "\(elementName) contains a \(value.typeName) where a string is required; it is ignored.",
                    "Write every entry of \(elementName) as a string.", statement: index, sid: sid)
                continue
            }
            if let pattern = validate(&self, text, index, sid) { patterns.append(pattern) }
        }
        guard !patterns.isEmpty else {
            report(
                .high, "\(elementName) has no usable entry; the statement cannot be evaluated.",
                "List at least one valid entry in \(elementName).", statement: index, sid: sid)
            return nil
        }
        return listed != nil ? .listed(patterns) : .excluded(patterns)
    }

    private static func isActionCharacter(_ scalar: Unicode.Scalar, allowDash: Bool) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "*" || scalar == "?"
                || (allowDash && scalar == "-"))
    }

    private static func validateAction(
        _ parser: inout IAMPolicyParser, _ text: String, _ index: Int, _ sid: String?
    ) -> String? {
        if text == "*" { return "*" }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && parts[0].unicodeScalars.allSatisfy { Self.isActionCharacter($0, allowDash: true) }
            && parts[1].unicodeScalars.allSatisfy { Self.isActionCharacter($0, allowDash: false) }
        guard valid else {
            parser.report(
                .high, "\"\(text)\" is not an action: write service:ActionName, for example s3:GetObject.",
                "Fix or remove the entry; it is ignored.", statement: index, sid: sid)
            return nil
        }
        return text.lowercased()
    }

    private static func validateResource(
        _ parser: inout IAMPolicyParser, _ text: String, _ index: Int, _ sid: String?
    ) -> String? {
        if text == "*" { return text }
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        if parts.count < 6 || parts[0] != "arn" || parts[2].isEmpty || parts[5].isEmpty {
            parser.report(
                .medium, "\"\(text)\" is not a valid ARN (arn:partition:service:region:account:resource).",
                "Write a full ARN or \"*\".", statement: index, sid: sid)
        }
        return text.isEmpty ? nil : text
    }

    private mutating func parseConditions(
        _ value: JSONValue?, index: Int, sid: String?
    ) -> ([IAMStatement.Condition], Bool) {
        guard let value else { return ([], false) }
        guard let operators = value.objectValue else {
            report(
                .high, "Condition must be an object, not a \(value.typeName); it is ignored.",
                "Write Condition as {\"Operator\": {\"key\": \"value\"}}.", statement: index, sid: sid)
            return ([], true)
        }
        var conditions: [IAMStatement.Condition] = []
        var unreadable = operators.isEmpty
        for op in operators.keys.sorted() {
            if !IAMConditionAssessment.isKnownOperator(op) {
                report(
                    .medium, "\"\(op)\" is not a condition operator.",
                    "Use an operator from the IAM grammar, such as StringEquals or ArnLike.", statement: index, sid: sid
                )
            }
            guard let keys = operators[op]?.objectValue, !keys.isEmpty else {
                report(
                    .high, "Condition operator \(op) must map to a non-empty object of keys; it is ignored.",
                    "Write {\"\(op)\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}.", statement: index, sid: sid)
                unreadable = true
                continue
            }
            for key in keys.keys.sorted() {
                guard let values = Self.conditionValues(keys[key]!) else {
                    report(
                        .high,
                        "The value of condition key \(key) must be a string, number, boolean or a non-empty array of them; it is ignored.",
                        "Fix the value's type.", statement: index, sid: sid)
                    unreadable = true
                    continue
                }
                conditions.append(IAMStatement.Condition(op: op, key: key.lowercased(), values: values))
            }
        }
        return (conditions, unreadable)
    }

    private static func conditionValues(_ value: JSONValue) -> [String]? {
        func scalar(_ value: JSONValue) -> String? {
            switch value {
            case .string(let text): text
            case .bool(let flag): flag ? "true" : "false"
            case .number: value.serialized()
            default: nil
            }
        }
        if let single = scalar(value) { return [single] }
        guard let list = value.arrayValue, !list.isEmpty else { return nil }
        let values = list.compactMap(scalar)
        return values.count == list.count ? values : nil
    }

    /// ` (did you mean "Effect"?)` when `key` differs from a valid name only by case.
    private static func suggestion(_ key: String, _ valid: [String]) -> String {
        guard let match = valid.first(where: { $0.lowercased() == key.lowercased() }) else { return "" }
        return " (did you mean \"\(match)\"?)"
    }
}
