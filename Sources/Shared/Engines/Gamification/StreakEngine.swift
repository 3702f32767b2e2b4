#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Daily streaks in the learner's own time zone, with earned and capped freezes.
///
/// The caller records activity only for learning that counts (due work done, lessons, mock exams), never for
/// opening the app. A gap of missed days is bridged when the learner holds a freeze and the gap is no longer
/// than `maximumMissedDaysPerFreeze`; one freeze is spent per gap, and the bridged days do not count.
public struct StreakEngine: Sendable {
    public var policy: StreakPolicy

    public init(policy: StreakPolicy = StreakPolicy()) {
        self.policy = policy
    }

    /// Records learning activity at `date`.
    public func recordActivity(
        at date: Date, timeZone: LearnerTimeZone, state: StreakState
    ) -> (StreakState, StreakUpdate) {
        var state = state
        let today = timeZone.localDay(of: date)
        let update: StreakUpdate
        if let last = state.lastActiveDay {
            let missed = today - last - 1
            if missed < 0 {
                return (state, .alreadyCounted)
            } else if missed == 0 {
                state.current += 1
                update = .extended
            } else if missed <= policy.maximumMissedDaysPerFreeze && state.freezesHeld > 0 {
                state.freezesHeld -= 1
                state.current += 1
                let days = Array((last + 1)..<today)
                state.frozenDays += days
                update = .bridged(missedDays: days)
            } else {
                update = .reset(previous: state.current)
                state.current = 1
                state.frozenDays = []
                state.activeDaysTowardFreeze = 0
            }
        } else {
            state.current = 1
            update = .started
        }
        state.lastActiveDay = today
        state.longest = max(state.longest, state.current)
        state.activeDaysTowardFreeze += 1
        if state.activeDaysTowardFreeze >= policy.activeDaysPerFreeze {
            state.activeDaysTowardFreeze = 0
            state.freezesHeld = min(policy.maximumFreezesHeld, state.freezesHeld + 1)
        }
        return (state, update)
    }

    /// The streak's status at `date`, for the daily reminder schedule.
    public func status(at date: Date, timeZone: LearnerTimeZone, state: StreakState) -> StreakStatus {
        guard let last = state.lastActiveDay, state.current > 0 else { return .none }
        let missed = timeZone.localDay(of: date) - last - 1
        if missed < 0 { return .activeToday }
        if missed == 0 { return .atRisk }
        if missed <= policy.maximumMissedDaysPerFreeze && state.freezesHeld > 0 { return .protectedByFreeze }
        return .broken
    }
}
