/// One way to make progress towards a badge: `count` events of `eventType` that pass every filter.
public struct BadgeRequirement: Codable, Sendable, Hashable {
    /// Unique within its badge; penalties name requirements by this id.
    public var id: String
    public var eventType: LearningEventType
    /// All must pass (AND).
    public var filters: [BadgeEventFilter]
    /// How many matching events (or distinct subjects) fulfil the requirement; values below 1 count as 1.
    public var count: Int
    /// Count distinct `subjectId`s instead of events (ten different lessons, not one lesson ten times).
    public var distinctSubjects: Bool

    public init(
        id: String, eventType: LearningEventType, filters: [BadgeEventFilter] = [], count: Int = 1,
        distinctSubjects: Bool = false
    ) {
        self.id = id
        self.eventType = eventType
        self.filters = filters
        self.count = count
        self.distinctSubjects = distinctSubjects
    }
}
