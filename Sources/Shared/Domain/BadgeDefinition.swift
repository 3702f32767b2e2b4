/// A badge and the rule that awards it: every requirement group fulfilled (AND of ORs), with optional
/// penalties that reset progress and, when `regresses` is set, take the badge back.
public struct BadgeDefinition: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var description: String
    /// How to earn it, in words (Open Badges `criteria.narrative`).
    public var criteria: String
    public var imageUrl: String?
    /// Exam domains or task statements the badge stands for; exported as Open Badges alignments.
    public var alignments: [BadgeAlignment]
    /// All must be fulfilled (AND); each is fulfilled by any of its requirements (OR).
    public var requirementGroups: [BadgeRequirementGroup]
    /// Events that reset progress.
    public var penalties: [BadgePenalty]
    /// Whether a penalty that leaves the badge unfulfilled takes it back.
    public var regresses: Bool

    public init(
        id: String, name: String, description: String, criteria: String, imageUrl: String? = nil,
        alignments: [BadgeAlignment] = [], requirementGroups: [BadgeRequirementGroup],
        penalties: [BadgePenalty] = [], regresses: Bool = false
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.criteria = criteria
        self.imageUrl = imageUrl
        self.alignments = alignments
        self.requirementGroups = requirementGroups
        self.penalties = penalties
        self.regresses = regresses
    }
}
