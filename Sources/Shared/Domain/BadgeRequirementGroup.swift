/// Alternatives: a group is fulfilled when any one of its requirements is (OR). A badge needs every group
/// (AND), as in Open edX's badge requirements.
public struct BadgeRequirementGroup: Codable, Sendable, Hashable {
    public var requirements: [BadgeRequirement]

    public init(_ requirements: [BadgeRequirement]) {
        self.requirements = requirements
    }
}
