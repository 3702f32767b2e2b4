import Runtime
import Shared

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The value rules of profile and account fields that more than one request shares.
enum ProfileRules {
    static let timeZoneRule = "must be a time zone such as Europe/Berlin, UTC or +05:30"

    /// Zones ``LearnerTimeZone`` can compute with (streaks and schedules depend on it), at most 64 characters.
    static func isTimeZone(_ text: String) -> Bool {
        text.count <= 64 && LearnerTimeZone(identifier: text) != nil
    }

    static let passwordRule = "must be 12 to 256 characters with upper case, lower case and a digit"

    /// The user pool's password policy (`template.yaml`: 12 characters, upper case, lower case, a digit), checked
    /// before Cognito is asked, so that every weak password is refused the same way with the field named.
    static func isStrongPassword(_ text: String) -> Bool {
        (12...256).contains(text.count) && text.contains(where: \.isUppercase) && text.contains(where: \.isLowercase)
            && text.contains(where: \.isNumber)
    }

    /// A mailed confirmation code: 1–16 visible characters.
    static func isCode(_ text: String) -> Bool {
        (1...16).contains(text.count) && !text.contains { $0.isWhitespace }
    }

    /// The day `yyyy-MM-dd` as a count of days since 1970-01-01, or `nil` when the text is not a real date.
    static func day(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            (1...12).contains(month)
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...lengths[month - 1]).contains(day) else { return nil }
        return Timestamp.daysSinceEpoch(year: year, month: month, day: day)
    }

    /// Today in UTC as a count of days since 1970-01-01.
    static func today(_ now: Date) -> Int {
        Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
    }
}
