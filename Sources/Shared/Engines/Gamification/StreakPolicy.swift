/// Streak rules: freezes are earned by activity, capped in number held and in the gap each one bridges.
///
/// Defaults follow the research notes: at most 2 freezes held, each covering a gap of at most 2 missed days,
/// one earned per 7 active days. A frozen day keeps the streak alive but does not add to it.
public struct StreakPolicy: Codable, Sendable, Hashable {
    public var maximumFreezesHeld: Int = 2
    public var maximumMissedDaysPerFreeze: Int = 2
    public var activeDaysPerFreeze: Int = 7

    public init() {}
}
