/// The streak as the daily schedule sees it, for reminders.
public enum StreakStatus: String, Codable, Sendable, Hashable {
    /// No streak.
    case none
    /// Active today.
    case activeToday
    /// Active yesterday, not yet today: today's activity keeps it.
    case atRisk
    /// Days were missed, but a held freeze will bridge them if the learner is active today.
    case protectedByFreeze
    /// The gap is too long: the next activity starts a new streak.
    case broken
}
