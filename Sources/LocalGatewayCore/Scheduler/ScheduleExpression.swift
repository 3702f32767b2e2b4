import Foundation

/// An EventBridge Scheduler expression: `rate(5 minutes)`, `cron(minutes hours day-of-month month day-of-week
/// year)` or `at(2025-01-01T00:00:00)`, and when it next fires. Cron fields take `*`, `?`, numbers, names
/// (`JAN`, `MON`), lists, ranges and `/` steps; day of week runs 1–7 from Sunday. `L`, `W` and `#` are not supported.
public enum ScheduleExpression: Sendable, Equatable {
    case rate(seconds: Int)
    case cron(CronFields)
    case at(Date)

    /// The allowed values of each cron field.
    public struct CronFields: Sendable, Equatable {
        var minutes: Set<Int>
        var hours: Set<Int>
        /// `nil` for `?`.
        var daysOfMonth: Set<Int>?
        var months: Set<Int>
        /// `nil` for `?`; 1 = Sunday.
        var daysOfWeek: Set<Int>?
        var years: Set<Int>?
    }

    /// Parses an expression.
    ///
    /// - Throws: ``TemplateError`` for an expression of another form or a field LocalGateway cannot read.
    public init(_ text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.firstIndex(of: "("), trimmed.hasSuffix(")") else {
            throw TemplateError("unsupported schedule expression \(text)")
        }
        let kind = trimmed[..<open]
        let body = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        switch kind {
        case "rate":
            let parts = body.split(separator: " ")
            guard parts.count == 2, let value = Int(parts[0]), value > 0 else {
                throw TemplateError("rate wants `<number> <unit>`: \(text)")
            }
            let unit: Int
            switch parts[1].lowercased() {
            case "minute", "minutes": unit = 60
            case "hour", "hours": unit = 3_600
            case "day", "days": unit = 86_400
            default: throw TemplateError("rate unit must be minutes, hours or days: \(text)")
            }
            self = .rate(seconds: value * unit)
        case "cron":
            let fields = body.split(separator: " ").map(String.init)
            guard fields.count == 6 else { throw TemplateError("cron wants six fields: \(text)") }
            let daysOfMonth = try Self.field(fields[2], 1...31, names: [:])
            let daysOfWeek = try Self.field(fields[4], 1...7, names: Self.weekdays)
            guard (daysOfMonth == nil) != (daysOfWeek == nil) || fields[2] == "*" || fields[4] == "*" else {
                throw TemplateError("cron needs `?` in day-of-month or day-of-week: \(text)")
            }
            self = .cron(
                CronFields(
                    minutes: try Self.field(fields[0], 0...59, names: [:]) ?? [],
                    hours: try Self.field(fields[1], 0...23, names: [:]) ?? [], daysOfMonth: daysOfMonth,
                    months: try Self.field(fields[3], 1...12, names: Self.months) ?? Set(1...12),
                    daysOfWeek: daysOfWeek, years: try Self.field(fields[5], 1970...2199, names: [:])))
        case "at":
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
            formatter.timeZone = TimeZone(identifier: "UTC")
            guard let date = formatter.date(from: body) else {
                throw TemplateError("at wants yyyy-mm-ddThh:mm:ss: \(text)")
            }
            self = .at(date)
        default:
            throw TemplateError("unsupported schedule expression \(text)")
        }
    }

    /// The first time after `date` at which the schedule fires, in `timeZone`; `nil` when it never fires again.
    public func next(after date: Date, timeZone: TimeZone = TimeZone(identifier: "UTC")!) -> Date? {
        switch self {
        case .rate(let seconds):
            return date.addingTimeInterval(TimeInterval(seconds))
        case .at(let when):
            return when > date ? when : nil
        case .cron(let fields):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            let start = calendar.dateInterval(of: .minute, for: date)?.end ?? date
            var day = calendar.startOfDay(for: start)
            for _ in 0..<(366 * 8) {
                let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: day)
                if fields.matchesDay(parts) {
                    for hour in fields.hours.sorted() {
                        for minute in fields.minutes.sorted() {
                            guard
                                let candidate = calendar.date(
                                    byAdding: DateComponents(hour: hour, minute: minute), to: day)
                            else { continue }
                            if candidate >= start { return candidate }
                        }
                    }
                }
                guard let following = calendar.date(byAdding: .day, value: 1, to: day) else { return nil }
                day = following
            }
            return nil
        }
    }

    private static let months = [
        "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10,
        "NOV": 11, "DEC": 12,
    ]
    private static let weekdays = ["SUN": 1, "MON": 2, "TUE": 3, "WED": 4, "THU": 5, "FRI": 6, "SAT": 7]

    /// The values a field allows; `nil` for `?` (and for `*` in the year field: any year).
    static func field(_ text: String, _ range: ClosedRange<Int>, names: [String: Int]) throws -> Set<Int>? {
        if text == "?" { return nil }
        if text == "*" { return range.upperBound > 2_000 ? nil : Set(range) }
        var values: Set<Int> = []
        for part in text.split(separator: ",") {
            let stepParts = part.split(separator: "/", maxSplits: 1)
            let step = stepParts.count == 2 ? Int(stepParts[1]) : 1
            guard let step, step > 0 else { throw TemplateError("bad cron step in \(text)") }
            let span = stepParts[0]
            func value(_ token: Substring) throws -> Int {
                if let number = Int(token), range.contains(number) { return number }
                if let named = names[token.uppercased()] { return named }
                throw TemplateError("bad cron value \(token) in \(text)")
            }
            let bounds: ClosedRange<Int>
            if span == "*" {
                bounds = range
            } else if let dash = span.firstIndex(of: "-") {
                let low = try value(span[..<dash])
                let high = try value(span[span.index(after: dash)...])
                guard low <= high else { throw TemplateError("bad cron range in \(text)") }
                bounds = low...high
            } else {
                let single = try value(span)
                bounds = single...(stepParts.count == 2 ? range.upperBound : single)
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return values
    }
}

extension ScheduleExpression.CronFields {
    func matchesDay(_ parts: DateComponents) -> Bool {
        guard let month = parts.month, months.contains(month) else { return false }
        if let years, let year = parts.year, !years.contains(year) { return false }
        if let daysOfMonth, let day = parts.day, !daysOfMonth.contains(day) { return false }
        if let daysOfWeek, let weekday = parts.weekday, !daysOfWeek.contains(weekday) { return false }
        return true
    }
}
