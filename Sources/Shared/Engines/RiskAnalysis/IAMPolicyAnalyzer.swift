/// Finds the risks in an IAM identity policy the way a reviewer would, from the policy text alone.
///
/// Semantics, where the usual linters differ: action names match case-insensitively and with wildcards in
/// the service part too (`*:Get*`); `NotAction` and `NotResource` in an Allow are the broad grants they are;
/// an unconditional Deny removes what it matches while a conditional Deny is not counted as a guarantee;
/// restricting conditions and named resources lower a finding's severity instead of hiding it; a single
/// `Statement` object and a string `Action` are accepted. Every risk is evaluated on the actions the policy
/// still allows after Denies. Malformed input never crashes the analyzer: it comes back as `malformed`
/// findings.
public struct IAMPolicyAnalyzer: Sendable {
    /// Documents longer than this many UTF-8 bytes are refused (IAM's own limit is 10,240 characters).
    public var maximumDocumentBytes: Int

    /// An analyzer refusing documents longer than `maximumDocumentBytes`.
    public init(maximumDocumentBytes: Int = 131_072) {
        self.maximumDocumentBytes = maximumDocumentBytes
    }

    /// Analyses policy JSON text. Text that is not JSON, or too large, yields one `malformed` finding and a
    /// score of 0.
    public func analyze(_ text: String) -> IAMPolicyReport {
        guard text.utf8.count <= maximumDocumentBytes else {
            return Self.unreadable(
                "The policy is \(text.utf8.count) bytes, more than the \(maximumDocumentBytes) accepted.")
        }
        do {
            return analyze(try JSONValueParser().parse(text))
        } catch {
            return Self.unreadable("The policy is not valid JSON: \(error.description).")
        }
    }

    /// Analyses an already parsed policy document.
    public func analyze(_ document: JSONValue) -> IAMPolicyReport {
        let parsed = IAMPolicyParser.parse(document)
        guard parsed.evaluated else {
            return IAMPolicyReport(
                findings: Self.sorted(parsed.findings), score: 0, evaluated: false,
                statementCount: parsed.statementCount)
        }
        let permissions = IAMEffectivePermissions(statements: parsed.statements)
        var findings = parsed.findings
        let admin = Self.administratorStatements(permissions)
        findings += admin.compactMap { Self.adminFinding($0, permissions) }
        for statement in permissions.allows
        where !admin.contains(statement.index) && !permissions.isNeutralized(statement) {
            findings += [Self.wildcardActionFinding(statement), Self.wildcardResourceFinding(statement)].compactMap {
                $0
            }
        }
        findings += Self.passRoleFindings(permissions, excluding: admin)
        findings += Self.escalationFindings(permissions, excluding: admin)
        findings += Self.categoryFindings(permissions, excluding: admin)
        let sortedFindings = Self.sorted(findings)
        return IAMPolicyReport(
            findings: sortedFindings, score: RiskSeverity.score(sortedFindings.map(\.severity)), evaluated: true,
            statementCount: parsed.statementCount)
    }

    /// A plain-language explanation of a finding type, pitched at `level`; needs no model.
    public static func explanation(for type: PolicyFindingType, level: Difficulty) -> String {
        RiskExplanation.text(for: type, level: level)
    }

    private static func unreadable(_ message: String) -> IAMPolicyReport {
        let finding = PolicyFinding(
            type: .malformed, severity: .high, message: message,
            recommendation:
                "Paste the policy document exactly as IAM shows it: one JSON object with Version and Statement.")
        return IAMPolicyReport(findings: [finding], score: 0, evaluated: false, statementCount: 0)
    }

    static func sorted(_ findings: [PolicyFinding]) -> [PolicyFinding] {
        findings.enumerated().sorted { lhs, rhs in
            if lhs.element.severity != rhs.element.severity { return lhs.element.severity > rhs.element.severity }
            let left = lhs.element.statementIndex ?? -1
            let right = rhs.element.statementIndex ?? -1
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Allow statements that grant every action (or all but a few, through `NotAction`) on every resource and
    /// still hold the actions that let a principal grant itself anything.
    static func administratorStatements(_ permissions: IAMEffectivePermissions) -> Set<Int> {
        var result: Set<Int> = []
        for statement in permissions.allows {
            let allActions: Bool
            switch statement.actions {
            case .excluded: allActions = true
            case .listed(let patterns): allActions = patterns.contains { $0 == "*" || $0 == "*:*" }
            }
            let allResources: Bool
            switch statement.resources {
            case .excluded: allResources = true
            case .listed(let patterns): allResources = patterns.contains(where: IAMResourceScope.isEverything)
            }
            guard allActions, allResources else { continue }
            let keepsSentinels = IAMActionCatalog.administratorSentinels.allSatisfy { action in
                permissions.grants(for: action).contains { $0.statement.index == statement.index }
            }
            if keepsSentinels { result.insert(statement.index) }
        }
        return result
    }

    private static func adminFinding(_ index: Int, _ permissions: IAMEffectivePermissions) -> PolicyFinding? {
        guard let statement = permissions.allows.first(where: { $0.index == index }) else { return nil }
        let keys = IAMConditionAssessment.restrictingKeys(statement.conditions)
        var message =
            statement.actions.isExcluded
            ? "Allow with NotAction on every resource grants every action except \(list(statement.actions.patterns)), which still includes full IAM control: this is administrator access."
            : "Allows every action on every resource: full administrator access, including every escalation, data and credential risk."
        message += conditionNote(keys) + denyNote(permissions, IAMActionCatalog.administratorSentinels)
        return PolicyFinding(
            type: .adminAccess, severity: RiskSeverity.critical.lowered(by: keys.isEmpty ? 0 : 1), message: message,
            recommendation:
                "Grant only the actions and resources the job needs; keep administrator access on a few break-glass roles that require MFA.",
            statementIndex: index, sid: statement.sid, actions: statement.actions.isExcluded ? [] : ["*"])
    }

    private static let sensitiveServices: Set<String> = ["iam", "sts", "kms", "organizations", "secretsmanager"]

    static func wildcardActionFinding(_ statement: IAMStatement) -> PolicyFinding? {
        let keys = IAMConditionAssessment.restrictingKeys(statement.conditions)
        let severity: RiskSeverity
        let message: String
        switch statement.actions {
        case .excluded(let patterns):
            severity = .high
            message =
                "Allow with NotAction grants every action except \(list(patterns)), including actions AWS adds in future."
        case .listed(let patterns):
            let rated = patterns.compactMap { pattern in actionBreadth(pattern).map { (pattern, $0) } }
            guard let worst = rated.map(\.1).max() else { return nil }
            severity = worst
            message =
                "Wildcard actions \(list(rated.map(\.0))) grant more than the job may need, including actions AWS adds in future."
        }
        return PolicyFinding(
            type: .wildcardAction, severity: severity.lowered(by: keys.isEmpty ? 0 : 1),
            message: message + conditionNote(keys),
            recommendation:
                "List the exact actions the workload calls (IAM Access Analyzer can generate them from CloudTrail) instead of wildcards or NotAction.",
            statementIndex: statement.index, sid: statement.sid, actions: statement.actions.patterns)
    }

    /// `*` is high; `service:*` is medium, or high for identity and key services; a wildcard service prefix is
    /// medium; a partial wildcard (`s3:Get*`) is low, except `Describe*` and `List*`; no wildcard is no finding.
    private static func actionBreadth(_ pattern: String) -> RiskSeverity? {
        if pattern == "*" || pattern == "*:*" { return .high }
        let parts = pattern.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        if IAMPattern.hasWildcard(String(parts[0])) { return .medium }
        if parts[1] == "*" { return sensitiveServices.contains(String(parts[0])) ? .high : .medium }
        guard IAMPattern.hasWildcard(String(parts[1])) else { return nil }
        // Describe* and List* only enumerate metadata; AWS's own read-only policies are written this way.
        return parts[1].hasPrefix("describe") || parts[1].hasPrefix("list") ? nil : .low
    }

    static func wildcardResourceFinding(_ statement: IAMStatement) -> PolicyFinding? {
        let keys = IAMConditionAssessment.restrictingKeys(statement.conditions)
        let severity: RiskSeverity
        let message: String
        switch statement.resources {
        case .excluded(let patterns):
            severity = .high
            message =
                "Allow with NotResource applies to every resource except \(list(patterns)), including resources created later."
        case .listed(let patterns):
            let unbounded = patterns.filter(IAMResourceScope.isUnbounded)
            guard !unbounded.isEmpty, let access = accessLevel(statement.actions), access != .listOnly else {
                return nil
            }
            severity = access == .read ? .low : .medium
            message = "Resource \(list(unbounded)) covers every resource of its kind, not the ones the job uses."
        }
        return PolicyFinding(
            type: .wildcardResource, severity: severity.lowered(by: keys.isEmpty ? 0 : 1),
            message: message + conditionNote(keys),
            recommendation:
                "Name the resources by ARN (a bucket, a table, one role); keep \"*\" only for List and Describe calls that do not support resource-level permissions.",
            statementIndex: statement.index, sid: statement.sid, actions: statement.actions.patterns)
    }

    enum AccessLevel: Comparable {
        case listOnly, read, write
    }

    /// What the statement's actions can do, judged from the verb of each action name.
    private static func accessLevel(_ actions: IAMStatement.Element) -> AccessLevel? {
        guard case .listed(let patterns) = actions else { return .write }
        return patterns.map { pattern -> AccessLevel in
            guard let name = pattern.split(separator: ":", maxSplits: 1).last, pattern.contains(":"),
                name.first != "*", name.first != "?"
            else { return .write }
            if name.hasPrefix("list") || name.hasPrefix("describe") { return .listOnly }
            let readVerbs = ["get", "batchget", "head", "view", "search", "lookup", "query", "scan", "select"]
            return readVerbs.contains { name.hasPrefix($0) } ? .read : .write
        }.max()
    }

    static func conditionNote(_ keys: [String]) -> String {
        keys.isEmpty ? "" : " Severity is lowered one level because a condition on \(list(keys)) narrows it."
    }

    static func list(_ items: [String], limit: Int = 5) -> String {
        let shown = items.prefix(limit).joined(separator: ", ")
        return items.count > limit ? "\(shown) and \(items.count - limit) more" : shown
    }
}
