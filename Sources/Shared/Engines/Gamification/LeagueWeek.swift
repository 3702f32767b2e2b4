#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The league week: an ISO 8601 week, Monday 00:00 to Monday 00:00 UTC, the same for every learner so that
/// a group competes over the same hours.
public struct LeagueWeek: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The ISO week-numbering year (which differs from the calendar year around New Year).
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// The week containing `date`.
    public init(containing date: Date) {
        let day = LearnerTimeZone.floorDivide(LearnerTimeZone.epochSeconds(date), 86_400)
        let civil = CivilDate(daysSinceEpoch: day)
        let isoWeekday = (civil.weekday + 6) % 7
        let thursday = CivilDate(daysSinceEpoch: day - isoWeekday + 3)
        let firstOfYear = CivilDate(year: thursday.year, month: 1, day: 1).daysSinceEpoch
        year = thursday.year
        week = (thursday.daysSinceEpoch - firstOfYear) / 7 + 1
    }

    public static func < (lhs: LeagueWeek, rhs: LeagueWeek) -> Bool {
        (lhs.year, lhs.week) < (rhs.year, rhs.week)
    }

    /// `2026-W47`.
    public var description: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }

    /// Monday 00:00 UTC that starts the week.
    public var start: Date {
        let january4 = CivilDate(year: year, month: 1, day: 4)
        let isoWeekday = (january4.weekday + 6) % 7
        let monday = january4.daysSinceEpoch - isoWeekday + 7 * (week - 1)
        return Date(timeIntervalSince1970: Double(monday) * 86_400)
    }
}
