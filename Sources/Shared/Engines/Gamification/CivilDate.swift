/// A calendar date in the proleptic Gregorian calendar, convertible to and from a day count since
/// 1970-01-01, without Foundation's `Calendar`.
struct CivilDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before). Works in 400-year eras so leap rules need no tables.
    var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let monthFromMarch = (month + 9) % 12
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    init(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
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
