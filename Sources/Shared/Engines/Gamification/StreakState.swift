/// A learner's daily streak, counted in the learner's local days (days since 1970-01-01).
public struct StreakState: Codable, Sendable, Hashable {
    /// Active days in the current streak (frozen days excluded).
    public var current: Int = 0
    /// The longest streak ever reached.
    public var longest: Int = 0
    /// The learner's last active local day, as days since 1970-01-01.
    public var lastActiveDay: Int?
    /// Freezes available to bridge a gap, at most `StreakPolicy.maximumFreezesHeld`.
    public var freezesHeld: Int = 0
    /// Active days counted towards the next freeze.
    public var activeDaysTowardFreeze: Int = 0
    /// Days bridged by freezes in the current streak, for display.
    public var frozenDays: [Int] = []

    public init() {}
}
