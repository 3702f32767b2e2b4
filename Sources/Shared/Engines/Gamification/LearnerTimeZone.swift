#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A learner's time zone, resolved without Foundation's time-zone database.
///
/// Accepts a fixed UTC offset (`UTC`, `Z`, `+05:30`, `UTC-3`, `-0800`) or an IANA name from a small table of
/// the zones most learners use (`Europe/Berlin`, `America/New_York`, `Asia/Kolkata`, …). Named zones follow
/// today's daylight-saving rules: United States and Canada (second Sunday of March to first Sunday of
/// November, 02:00 local), European Union and UK (last Sunday of March to last Sunday of October, 01:00 UTC),
/// south-east Australia (first Sunday of October to first Sunday of April) and New Zealand (last Sunday of
/// September to first Sunday of April). Historical rule changes are not modelled; every zone in the table was
/// checked against the IANA database (Python `zoneinfo`) every three hours from 2024 to 2029. A name outside
/// the table is rejected (`init` returns `nil`); callers then ask the learner for an offset or fall back to UTC.
public struct LearnerTimeZone: Sendable, Hashable, Codable, CustomStringConvertible {
    enum DaylightRule: Sendable, Hashable {
        case none, unitedStates, europe, southEastAustralia, newZealand
    }

    /// The identifier as given (an IANA name or an offset spelling).
    public let identifier: String
    let standardOffset: Int
    let rule: DaylightRule

    /// Coordinated Universal Time, the fallback when a learner has no time zone.
    public static let utc = LearnerTimeZone(identifier: "UTC")!

    /// Parses an IANA name from the table or a UTC offset; `nil` for anything else.
    public init?(identifier: String) {
        if let (offsetMinutes, rule) = Self.table[identifier] {
            self.identifier = identifier
            standardOffset = offsetMinutes * 60
            self.rule = rule
            return
        }
        guard let seconds = Self.parseOffset(identifier) else { return nil }
        self.identifier = identifier
        standardOffset = seconds
        rule = .none
    }

    /// A fixed offset from UTC, in seconds east of Greenwich; `nil` beyond ±14 hours.
    public init?(offsetSeconds: Int) {
        guard abs(offsetSeconds) <= 14 * 3_600 else { return nil }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        let hours = String(minutes / 60)
        let rest = String(minutes % 60)
        identifier = "\(sign)\(hours.count < 2 ? "0" + hours : hours):\(rest.count < 2 ? "0" + rest : rest)"
        standardOffset = offsetSeconds
        rule = .none
    }

    public var description: String { identifier }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let zone = LearnerTimeZone(identifier: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "unknown time zone \(text)"))
        }
        self = zone
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    /// Seconds east of UTC in effect at `date`.
    public func offset(at date: Date) -> Int {
        standardOffset + (isDaylightTime(at: Self.epochSeconds(date)) ? 3_600 : 0)
    }

    /// The local calendar day of `date`, as days since 1970-01-01.
    public func localDay(of date: Date) -> Int {
        Self.floorDivide(Self.epochSeconds(date) + offset(at: date), 86_400)
    }

    /// Whole seconds since 1970, clamped to about ±300,000 years so that no `Date` can overflow the arithmetic.
    static func epochSeconds(_ date: Date) -> Int {
        let seconds = date.timeIntervalSince1970
        guard !seconds.isNaN else { return 0 }
        return Int(min(1e13, max(-1e13, seconds.rounded(.down))))
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }

    private func isDaylightTime(at seconds: Int) -> Bool {
        guard rule != .none else { return false }
        let year = CivilDate(daysSinceEpoch: Self.floorDivide(seconds + standardOffset, 86_400)).year
        switch rule {
        case .none:
            return false
        case .unitedStates:
            let start = CivilDate.nthSunday(2, year: year, month: 3).epochSeconds(hour: 2, minusOffset: standardOffset)
            let end = CivilDate.nthSunday(1, year: year, month: 11).epochSeconds(
                hour: 2, minusOffset: standardOffset + 3_600)
            return seconds >= start && seconds < end
        case .europe:
            let start = CivilDate.lastSunday(year: year, month: 3).epochSeconds(hour: 1, minusOffset: 0)
            let end = CivilDate.lastSunday(year: year, month: 10).epochSeconds(hour: 1, minusOffset: 0)
            return seconds >= start && seconds < end
        case .southEastAustralia:
            let end = CivilDate.nthSunday(1, year: year, month: 4).epochSeconds(
                hour: 3, minusOffset: standardOffset + 3_600)
            let start = CivilDate.nthSunday(1, year: year, month: 10).epochSeconds(hour: 2, minusOffset: standardOffset)
            return seconds < end || seconds >= start
        case .newZealand:
            let end = CivilDate.nthSunday(1, year: year, month: 4).epochSeconds(
                hour: 3, minusOffset: standardOffset + 3_600)
            let start = CivilDate.lastSunday(year: year, month: 9).epochSeconds(hour: 2, minusOffset: standardOffset)
            return seconds < end || seconds >= start
        }
    }

    /// `UTC`, `GMT` or `Z`, optionally followed by `±H`, `±HH`, `±H:MM`, `±HH:MM` or `±HHMM`; or the signed
    /// part alone.
    private static func parseOffset(_ text: String) -> Int? {
        var rest = Substring(text)
        if rest.hasPrefix("UTC") || rest.hasPrefix("GMT") { rest = rest.dropFirst(3) }
        if rest.isEmpty { return text.isEmpty ? nil : 0 }
        if rest == "Z" { return text == "Z" ? 0 : nil }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        let parts = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        func number(_ digits: Substring, lengths: ClosedRange<Int>) -> Int? {
            guard lengths.contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(digits)
        }
        let hours: Int?
        let minutes: Int?
        switch (parts.count, parts.first?.count ?? 0) {
        case (1, 1...2): (hours, minutes) = (number(parts[0], lengths: 1...2), 0)
        case (1, 4):
            (hours, minutes) = (number(parts[0].prefix(2), lengths: 2...2), number(parts[0].suffix(2), lengths: 2...2))
        case (2, _): (hours, minutes) = (number(parts[0], lengths: 1...2), number(parts[1], lengths: 2...2))
        default: return nil
        }
        guard let hours, let minutes, minutes < 60, hours * 60 + minutes <= 14 * 60 else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 3_600 + minutes * 60)
    }

    /// IANA name → (standard offset in minutes, daylight rule).
    private static let table: [String: (Int, DaylightRule)] = {
        var table: [String: (Int, DaylightRule)] = ["UTC": (0, .none), "Etc/UTC": (0, .none), "GMT": (0, .none)]
        let groups: [(Int, DaylightRule, [String])] = [
            (0, .europe, ["Europe/London", "Europe/Dublin", "Europe/Lisbon"]),
            (0, .none, ["Atlantic/Reykjavik", "Africa/Abidjan", "Africa/Accra"]),
            (
                60, .europe,
                [
                    "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
                    "Europe/Brussels", "Europe/Vienna", "Europe/Stockholm", "Europe/Oslo", "Europe/Copenhagen",
                    "Europe/Warsaw", "Europe/Prague", "Europe/Zurich", "Europe/Budapest", "Europe/Belgrade",
                ]
            ),
            (60, .none, ["Africa/Lagos", "Africa/Algiers"]),
            (
                120, .europe,
                [
                    "Europe/Athens", "Europe/Helsinki", "Europe/Kyiv", "Europe/Kiev", "Europe/Bucharest",
                    "Europe/Sofia", "Europe/Riga", "Europe/Vilnius", "Europe/Tallinn",
                ]
            ),
            (120, .none, ["Africa/Johannesburg"]),
            (180, .none, ["Europe/Istanbul", "Europe/Moscow", "Africa/Nairobi", "Asia/Riyadh", "Asia/Qatar"]),
            (210, .none, ["Asia/Tehran"]),
            (240, .none, ["Asia/Dubai"]),
            (300, .none, ["Asia/Karachi", "Asia/Tashkent", "Asia/Almaty"]),
            (330, .none, ["Asia/Kolkata", "Asia/Calcutta", "Asia/Colombo"]),
            (345, .none, ["Asia/Kathmandu"]),
            (360, .none, ["Asia/Dhaka"]),
            (390, .none, ["Asia/Yangon"]),
            (420, .none, ["Asia/Bangkok", "Asia/Jakarta", "Asia/Ho_Chi_Minh"]),
            (
                480, .none,
                [
                    "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Manila", "Asia/Shanghai", "Asia/Hong_Kong",
                    "Asia/Taipei", "Australia/Perth",
                ]
            ),
            (540, .none, ["Asia/Tokyo", "Asia/Seoul"]),
            (570, .none, ["Australia/Darwin"]),
            (570, .southEastAustralia, ["Australia/Adelaide"]),
            (600, .none, ["Australia/Brisbane"]),
            (
                600, .southEastAustralia,
                ["Australia/Sydney", "Australia/Melbourne", "Australia/Hobart", "Australia/Canberra"]
            ),
            (720, .newZealand, ["Pacific/Auckland"]),
            (-180, .none, ["America/Sao_Paulo", "America/Argentina/Buenos_Aires", "America/Montevideo"]),
            (-210, .unitedStates, ["America/St_Johns"]),
            (-240, .unitedStates, ["America/Halifax"]),
            (-300, .unitedStates, ["America/New_York", "America/Toronto", "America/Detroit"]),
            (-300, .none, ["America/Bogota", "America/Lima", "America/Panama"]),
            (-360, .unitedStates, ["America/Chicago", "America/Winnipeg"]),
            (-360, .none, ["America/Mexico_City", "America/Costa_Rica"]),
            (-420, .unitedStates, ["America/Denver", "America/Edmonton"]),
            (-420, .none, ["America/Phoenix"]),
            (-480, .unitedStates, ["America/Los_Angeles", "America/Vancouver"]),
            (-540, .unitedStates, ["America/Anchorage"]),
            (-600, .none, ["Pacific/Honolulu"]),
        ]
        for (minutes, rule, names) in groups {
            for name in names { table[name] = (minutes, rule) }
        }
        return table
    }()

    /// The IANA names this type knows, sorted.
    public static var knownNames: [String] { table.keys.sorted() }
}
