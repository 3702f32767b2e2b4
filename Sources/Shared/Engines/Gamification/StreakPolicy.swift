/// Streak rules: freezes are earned by activity, capped in number held and in the gap each one bridges.
///
/// Defaults follow the research notes: at most 2 freezes held, each covering a gap of at most 2 missed days,
/// one earned per 7 active days. A frozen day keeps the streak alive but does not add to it.
public struct StreakPolicy: Codable, Sendable, Hashable {
    /// Freezes a learner can hold at once.
    public var maximumFreezesHeld: Int = 2
    /// The longest gap, in missed days, one freeze bridges.
    public var maximumMissedDaysPerFreeze: Int = 2
    /// Active days that earn one freeze.
    public var activeDaysPerFreeze: Int = 7

    public init() {}
}
