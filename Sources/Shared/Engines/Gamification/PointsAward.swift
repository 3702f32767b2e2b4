/// The result of judging one event.
public struct PointsAward: Codable, Sendable, Hashable {
    public enum Outcome: String, Codable, Sendable, Hashable {
        /// Points paid in full.
        case awarded
        /// Paid in part or not at all because the daily cap was reached.
        case dailyCapReached
        /// Too many scoring events in a short window.
        case burst
        /// The same event for the same subject too soon after the last one.
        case repeated
        /// This event id was already processed.
        case duplicate
        /// The event shows no learning gain (no mastery above the previous high, no improvement, …).
        case noLearningValue
    }

    public var points: Int
    /// What the event was worth before the cap and the guards.
    public var basePoints: Int
    public var outcome: Outcome

    public init(points: Int, basePoints: Int, outcome: Outcome) {
        self.points = points
        self.basePoints = basePoints
        self.outcome = outcome
    }
}
