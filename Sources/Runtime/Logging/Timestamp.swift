#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// RFC 3339 UTC timestamps with millisecond precision, as CloudWatch wants them, without `DateFormatter`.
public enum Timestamp {
    /// Now, for example `2026-11-21T08:30:00.123Z`.
    public static func now() -> String {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return format(epochMilliseconds: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    /// Formats milliseconds since the Unix epoch.
    public static func format(epochMilliseconds: Int64) -> String {
        let millis = Int(((epochMilliseconds % 1000) + 1000) % 1000)
        let seconds = (epochMilliseconds - Int64(millis)) / 1000
        let days = Int(floorDiv(seconds, 86_400))
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        guard (0...9999).contains(year) else {
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondOfDay / 3600, 2)):"
                + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(millis, 3))Z"
        }
        // Every log line carries one: written digit by digit into the 24 bytes, without intermediate strings.
        return String(unsafeUninitializedCapacity: 24) { out in
            var index = 0
            func digits(_ value: Int, _ width: Int) {
                var divisor = 1
                for _ in 1..<width { divisor *= 10 }
                for _ in 0..<width {
                    out[index] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    index += 1
                    divisor /= 10
                }
            }
            func literal(_ character: Unicode.Scalar) {
                out[index] = UInt8(character.value)
                index += 1
            }
            digits(year, 4)
            literal("-")
            digits(month, 2)
            literal("-")
            digits(day, 2)
            literal("T")
            digits(secondOfDay / 3600, 2)
            literal(":")
            digits(secondOfDay / 60 % 60, 2)
            literal(":")
            digits(secondOfDay % 60, 2)
            literal(".")
            digits(millis, 3)
            literal("Z")
            return index
        }
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's civil-from-days algorithm).
    public static func civilDate(daysSinceEpoch: Int) -> (year: Int, month: Int, day: Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (negative before); the inverse of
    /// ``civilDate(daysSinceEpoch:)``. Works in 400-year eras that start in March, so leap days need no table.
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
