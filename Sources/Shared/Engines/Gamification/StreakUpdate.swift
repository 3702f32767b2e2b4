/// What recording one day of activity did to the streak.
public enum StreakUpdate: Codable, Sendable, Hashable {
    /// The first active day of a new streak (the learner had none).
    case started
    /// The day after the last active day.
    case extended
    /// Already counted today (or the activity is older than the last active day).
    case alreadyCounted
    /// Missed days were bridged by one freeze; they do not count towards the streak.
    case bridged(missedDays: [Int])
    /// The gap was too long or no freeze was held; the streak restarts at 1.
    case reset(previous: Int)
}
