/// One statement of an identity policy, normalised: actions lower-cased, single strings turned into lists.
struct IAMStatement: Sendable, Hashable {
    enum Effect: Sendable, Hashable {
        case allow, deny
    }

    /// `Action` (`listed`) or `NotAction` (`excluded`); likewise `Resource` or `NotResource`.
    enum Element: Sendable, Hashable {
        case listed([String])
        case excluded([String])

        var patterns: [String] {
            switch self {
            case .listed(let patterns), .excluded(let patterns): patterns
            }
        }

        var isExcluded: Bool {
            if case .excluded = self { return true }
            return false
        }
    }

    /// One key test inside `Condition`: operator as written, key lower-cased, values as strings.
    struct Condition: Sendable, Hashable {
        var op: String
        var key: String
        var values: [String]
    }

    var index: Int
    var sid: String?
    var effect: Effect
    var actions: Element
    var resources: Element
    var conditions: [Condition]
    /// A `Condition` was present but could not be read; a Deny with one is not counted as a guarantee.
    var hasUnreadableCondition: Bool

    /// Whether the statement has any condition at all, readable or not.
    var isConditional: Bool { !conditions.isEmpty || hasUnreadableCondition }

    /// Whether the statement's action element covers `action` (lower-case `service:name`).
    func appliesTo(action: String) -> Bool {
        switch actions {
        case .listed(let patterns): patterns.contains { IAMPattern.matches($0, action) }
        case .excluded(let patterns): !patterns.contains { IAMPattern.matches($0, action) }
        }
    }
}
