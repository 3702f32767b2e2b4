/// Allow-versus-Deny evaluation over one policy's statements.
///
/// An unconditional Deny removes what it matches, by action and by resource. A Deny with any condition is
/// not a guarantee (the condition may not hold), so it removes nothing; its statements are remembered so
/// findings can say "a conditional Deny may limit this".
struct IAMEffectivePermissions: Sendable {
    let allows: [IAMStatement]
    private let unconditionalDenies: [IAMStatement]
    private let conditionalDenies: [IAMStatement]
    /// Grants of every catalogued action, computed once: the analyzer asks for them many times.
    private var catalogGrants: [String: [IAMGrant]] = [:]

    init(statements: [IAMStatement]) {
        allows = statements.filter { $0.effect == .allow }
        unconditionalDenies = statements.filter { $0.effect == .deny && !$0.isConditional }
        conditionalDenies = statements.filter { $0.effect == .deny && $0.isConditional }
        for action in IAMActionCatalog.all {
            catalogGrants[action] = computeGrants(for: action)
        }
    }

    /// Every Allow statement's remaining grant of `action` (lower-case), skipping statements in `excluding`.
    func grants(for action: String, excluding: Set<Int> = []) -> [IAMGrant] {
        let all = catalogGrants[action] ?? computeGrants(for: action)
        return excluding.isEmpty ? all : all.filter { !excluding.contains($0.statement.index) }
    }

    private func computeGrants(for action: String) -> [IAMGrant] {
        var result: [IAMGrant] = []
        let denies = unconditionalDenies.filter { $0.appliesTo(action: action) }
        for allow in allows where allow.appliesTo(action: action) {
            let keys = IAMConditionAssessment.restrictingKeys(allow.conditions)
            switch allow.resources {
            case .excluded(let patterns):
                if denies.contains(where: { Self.deniesEverything($0) }) { continue }
                result.append(
                    IAMGrant(statement: allow, resources: patterns, excludesResources: true, restrictingKeys: keys))
            case .listed(let patterns):
                let remaining = patterns.filter { pattern in !denies.contains { Self.deny($0, covers: pattern) } }
                if remaining.isEmpty { continue }
                result.append(
                    IAMGrant(statement: allow, resources: remaining, excludesResources: false, restrictingKeys: keys))
            }
        }
        return result
    }

    /// Indexes of conditional Deny statements that name `action`: they may limit it, without guarantee.
    func conditionalDenyIndexes(for action: String) -> [Int] {
        conditionalDenies.filter { $0.appliesTo(action: action) }.map(\.index)
    }

    /// Whether unconditional Denies remove everything `statement` allows, so its own wildcards grant nothing.
    func isNeutralized(_ statement: IAMStatement) -> Bool {
        guard case .listed(let actionPatterns) = statement.actions else {
            return unconditionalDenies.contains { deny in
                Self.denyCoversAllActions(deny) && Self.deny(deny, coversResourcesOf: statement)
            }
        }
        return actionPatterns.allSatisfy { pattern in
            unconditionalDenies.contains { deny in
                Self.deny(deny, coversActionPattern: pattern) && Self.deny(deny, coversResourcesOf: statement)
            }
        }
    }

    private static func deniesEverything(_ deny: IAMStatement) -> Bool {
        if case .listed(let patterns) = deny.resources { return patterns.contains("*") }
        return false
    }

    private static func denyCoversAllActions(_ deny: IAMStatement) -> Bool {
        if case .listed(let patterns) = deny.actions { return patterns.contains { $0 == "*" || $0 == "*:*" } }
        return false
    }

    private static func deny(_ deny: IAMStatement, coversActionPattern pattern: String) -> Bool {
        switch deny.actions {
        case .listed(let denied): denied.contains { IAMPattern.covers($0, pattern) }
        case .excluded(let spared):
            !IAMPattern.hasWildcard(pattern) && !spared.contains { IAMPattern.matches($0, pattern) }
        }
    }

    private static func deny(_ deny: IAMStatement, coversResourcesOf statement: IAMStatement) -> Bool {
        switch statement.resources {
        case .excluded: deniesEverything(deny)
        case .listed(let patterns): patterns.allSatisfy { Self.deny(deny, covers: $0) }
        }
    }

    /// Whether `deny` applies to every resource `pattern` can match.
    private static func deny(_ deny: IAMStatement, covers pattern: String) -> Bool {
        switch deny.resources {
        case .listed(let denied): denied.contains { IAMPattern.covers($0, pattern) }
        case .excluded(let spared):
            !IAMPattern.hasWildcard(pattern) && !spared.contains { IAMPattern.matches($0, pattern) }
        }
    }
}
