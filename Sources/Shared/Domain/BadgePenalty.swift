/// An event that undoes progress: matching events reset the named requirements (all of them when
/// `resets` is empty). A badge that `regresses` is revoked when a reset leaves it unfulfilled.
public struct BadgePenalty: Codable, Sendable, Hashable {
    public var eventType: LearningEventType
    public var filters: [BadgeEventFilter]
    /// Ids of the requirements to reset; empty resets every requirement of the badge.
    public var resets: [String]

    public init(eventType: LearningEventType, filters: [BadgeEventFilter] = [], resets: [String] = []) {
        self.eventType = eventType
        self.filters = filters
        self.resets = resets
    }
}
