/// Findings computed over the actions the policy effectively allows: PassRole, escalation paths and the
/// sensitive-action categories. Statements already reported as administrator access are left out, because
/// that finding includes all of these.
extension IAMPolicyAnalyzer {
    static func passRoleFindings(_ permissions: IAMEffectivePermissions, excluding admin: Set<Int>) -> [PolicyFinding] {
        permissions.grants(for: "iam:passrole", excluding: admin).filter(\.isUnbounded).map { grant in
            let scope = grant.excludesResources ? "every role except \(list(grant.resources))" : list(grant.resources)
            let passedTo = grant.restrictingKeys.contains("iam:passedtoservice")
            return PolicyFinding(
                type: .passRoleUnbounded, severity: RiskSeverity.high.lowered(by: grant.isRestricted ? 1 : 0),
                message:
                    "iam:PassRole on \(scope) lets the holder hand any of those roles to a service and act with its permissions."
                    + conditionNote(grant.restrictingKeys) + denyNote(permissions, ["iam:passrole"]),
                recommendation: passedTo
                    ? "Also name the roles by ARN; iam:PassedToService limits the service but not which role is passed."
                    : "Name the roles that may be passed by ARN and add an iam:PassedToService condition.",
                statementIndex: grant.statement.index, sid: grant.statement.sid, actions: ["iam:passrole"])
        }
    }

    static func escalationFindings(_ permissions: IAMEffectivePermissions, excluding admin: Set<Int>) -> [PolicyFinding]
    {
        var grantCache: [String: [IAMGrant]] = [:]
        func grants(_ action: String) -> [IAMGrant] {
            if let cached = grantCache[action] { return cached }
            let computed = permissions.grants(for: action, excluding: admin)
            grantCache[action] = computed
            return computed
        }
        var findings: [PolicyFinding] = []
        for path in IAMEscalationPath.all {
            var chosen: [(action: String, grant: IAMGrant)] = []
            for alternatives in path.requirements {
                let options = alternatives.flatMap { action in
                    grants(action).filter { !path.selfServiceIsSafe || !isSelfService($0) }.map {
                        (action: action, grant: $0)
                    }
                }
                guard let best = options.min(by: { $0.grant.mitigationSteps < $1.grant.mitigationSteps }) else { break }
                chosen.append(best)
            }
            guard chosen.count == path.requirements.count else { continue }
            let restricted = chosen.contains { $0.grant.isRestricted }
            let bounded = chosen.contains { !$0.grant.isUnbounded }
            let statements = orderedUnique(chosen.map(\.grant.statement.index))
            let actions = chosen.map(\.action)
            var message = "Allowed actions \(list(actions)) let the holder \(path.summary)."
            if bounded { message += " Severity is lowered one level because the resources are named." }
            if restricted {
                message += conditionNote(orderedUnique(chosen.flatMap(\.grant.restrictingKeys)))
            }
            message += denyNote(permissions, actions)
            findings.append(
                PolicyFinding(
                    type: .privilegeEscalation,
                    severity: RiskSeverity.high.lowered(by: (restricted ? 1 : 0) + (bounded ? 1 : 0)),
                    message: message,
                    recommendation:
                        "Remove \(list(actions)) or scope them to specific resources with conditions; attach a permissions boundary to roles and users this principal can create or change.",
                    statementIndex: statements.first, sid: chosen.first?.grant.statement.sid,
                    relatedStatements: statements,
                    actions: actions, pathId: path.id))
        }
        return findings
    }

    /// A grant whose every resource is the caller's own user, through a policy variable.
    private static func isSelfService(_ grant: IAMGrant) -> Bool {
        !grant.excludesResources
            && grant.resources.allSatisfy { resource in
                let lowered = resource.lowercased()
                return lowered.hasSuffix(":user/${aws:username}") || lowered.hasSuffix(":user/${aws:userid}")
            }
    }

    private struct Category {
        var type: PolicyFindingType
        var severity: RiskSeverity
        var actions: [String]
        var what: String
        var recommendation: String
    }

    private static let categories: [Category] = [
        Category(
            type: .dataExfiltration, severity: .medium, actions: IAMActionCatalog.dataExfiltration,
            what: "read stored data or secrets on every resource",
            recommendation: "Limit reads to the buckets, parameter paths and secrets the workload owns, by ARN."),
        Category(
            type: .credentialsExposure, severity: .high, actions: IAMActionCatalog.credentialsExposure,
            what: "obtain credentials, keys or tokens for any principal or resource",
            recommendation:
                "Allow credential-returning calls only on named resources (one role to assume, one user's own keys with ${aws:username})."
        ),
        Category(
            type: .permissionsManagement, severity: .high, actions: IAMActionCatalog.permissionsManagement,
            what: "change who may access what, through identity or resource policies, on every resource",
            recommendation:
                "Keep policy-changing actions with administrators; if a workload needs them, name the resources and require a permissions boundary."
        ),
    ]

    static func categoryFindings(_ permissions: IAMEffectivePermissions, excluding admin: Set<Int>) -> [PolicyFinding] {
        var findings: [PolicyFinding] = []
        for category in categories {
            var byStatement: [Int: (grant: IAMGrant, actions: [String])] = [:]
            for action in category.actions {
                for grant in permissions.grants(for: action, excluding: admin) where grant.isUnbounded {
                    byStatement[grant.statement.index, default: (grant, [])].actions.append(action)
                }
            }
            for index in byStatement.keys.sorted() {
                let (grant, actions) = byStatement[index]!
                findings.append(
                    PolicyFinding(
                        type: category.type, severity: category.severity.lowered(by: grant.isRestricted ? 1 : 0),
                        message: "Allows \(list(actions)), so the holder can \(category.what)."
                            + conditionNote(grant.restrictingKeys) + denyNote(permissions, actions),
                        recommendation: category.recommendation, statementIndex: index, sid: grant.statement.sid,
                        actions: actions))
            }
        }
        return findings
    }

    /// Mentions conditional Denies on the actions: they may limit the grant but cannot be relied on.
    static func denyNote(_ permissions: IAMEffectivePermissions, _ actions: [String]) -> String {
        let indexes = orderedUnique(actions.flatMap { permissions.conditionalDenyIndexes(for: $0) })
        guard !indexes.isEmpty else { return "" }
        let names = indexes.map(String.init)
        return " The Deny in statement \(list(names)) has a condition, so it is not counted as removing this."
    }

    private static func orderedUnique<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }
}
