import Runtime

/// A calendar date in the proleptic Gregorian calendar, convertible to and from a day count since
/// 1970-01-01, without Foundation's `Calendar`.
struct CivilDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before).
    var daysSinceEpoch: Int {
        Timestamp.daysSinceEpoch(year: year, month: month, day: day)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(daysSinceEpoch days: Int) {
        (year, month, day) = Timestamp.civilDate(daysSinceEpoch: days)
    }

    /// 0 = Sunday … 6 = Saturday.
    var weekday: Int {
        let value = (daysSinceEpoch + 4) % 7
        return value >= 0 ? value : value + 7
    }

    /// The `n`th (1-based) Sunday of a month.
    static func nthSunday(_ n: Int, year: Int, month: Int) -> CivilDate {
        let first = CivilDate(year: year, month: month, day: 1)
        let offset = (7 - first.weekday) % 7
        return CivilDate(year: year, month: month, day: 1 + offset + 7 * (n - 1))
    }

    /// The last Sunday of a month.
    static func lastSunday(year: Int, month: Int) -> CivilDate {
        let nextMonth =
            month == 12 ? CivilDate(year: year + 1, month: 1, day: 1) : CivilDate(year: year, month: month + 1, day: 1)
        let last = CivilDate(daysSinceEpoch: nextMonth.daysSinceEpoch - 1)
        return CivilDate(year: year, month: month, day: last.day - last.weekday)
    }

    /// Seconds since the epoch at `hour`:00 UTC-clock time of this date, shifted by `offsetSeconds`.
    func epochSeconds(hour: Int, minusOffset offsetSeconds: Int) -> Int {
        daysSinceEpoch * 86_400 + hour * 3_600 - offsetSeconds
    }
}
