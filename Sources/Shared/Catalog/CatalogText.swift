#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Small text checks the loader and the validator share (FoundationEssentials has no `CharacterSet` trimming or
/// regular expressions, and these rules are simple enough to state directly).
enum CatalogText {
    /// The text without leading and trailing whitespace and newlines.
    static func trimmed(_ text: some StringProtocol) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// True when the text has something besides whitespace.
    static func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Lower-case ASCII letters and digits in groups joined by single hyphens: `saa-iam-policy-evaluation`.
    static func isKebabCase(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return !text.isEmpty
            && groups.allSatisfy { group in
                !group.isEmpty
                    && group.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }

    /// The id prefix an exam's courses and lessons carry: `CLF-C02` gives `clf-`.
    static func idPrefix(exam code: String) -> String {
        (code.split(separator: "-").first.map(String.init) ?? code).lowercased() + "-"
    }

    /// Words as a reader counts them: whitespace-separated tokens that hold at least one letter or digit, so
    /// Markdown markers (`#`, `-`, `|`, `**`) do not count.
    static func wordCount(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count { token in
            token.contains { $0.isLetter || $0.isNumber }
        }
    }

    /// A stem compared for duplicates: lower case, whitespace runs collapsed, trailing punctuation ignored.
    static func normalizedStem(_ stem: String) -> String {
        let words = stem.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return String(words.reversed().drop { $0.isPunctuation }.reversed())
    }

    /// True for a real calendar date written `yyyy-MM-dd`.
    static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }

    /// An exam code as AWS writes it: three capital letters, `-C`, two digits (`SAA-C03`).
    static func isExamCode(_ code: String) -> Bool {
        let scalars = Array(code.unicodeScalars)
        guard scalars.count == 7 else { return false }
        let letters = scalars[0..<3].allSatisfy { ("A"..."Z").contains($0) }
        let digits = scalars[5..<7].allSatisfy { ("0"..."9").contains($0) }
        return letters && scalars[3] == "-" && scalars[4] == "C" && digits
    }
}
