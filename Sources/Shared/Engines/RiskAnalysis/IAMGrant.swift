/// What one Allow statement still grants for one action once unconditional Denies are applied.
struct IAMGrant: Sendable, Hashable {
    var statement: IAMStatement
    /// The statement's resource patterns that no unconditional Deny removed (all of them for `NotResource`).
    var resources: [String]
    /// The grant came from `NotResource`: every resource except the listed ones.
    var excludesResources: Bool
    /// Condition keys that narrow the grant; empty when the grant is unconditional in effect.
    var restrictingKeys: [String]

    /// Whether the grant reaches resources that are not named one by one.
    var isUnbounded: Bool {
        excludesResources || resources.contains(where: IAMResourceScope.isUnbounded)
    }

    var isRestricted: Bool { !restrictingKeys.isEmpty }

    /// Severity steps this grant's mitigations are worth: one for a restricting condition, one for bounded
    /// resources.
    var mitigationSteps: Int { (isRestricted ? 1 : 0) + (isUnbounded ? 0 : 1) }
}
