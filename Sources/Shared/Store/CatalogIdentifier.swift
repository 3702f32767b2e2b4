/// The shapes of catalog identifiers, checked before a request touches the table.
public enum CatalogIdentifier {
    /// Course and lesson ids: lower-case kebab-case, 1–128 characters (`saa-iam-policy-evaluation`).
    public static func isItemID(_ text: String) -> Bool {
        guard (1...128).contains(text.utf8.count), text.first != "-", text.last != "-", !text.contains("--")
        else { return false }
        return text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    /// Exam codes: three capital letters, `-C`, two digits (`SAA-C03`).
    public static func isExamCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7 else { return false }
        let letters = bytes[0..<3].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
        let digits = bytes[5..<7].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        return letters && bytes[3] == 0x2D && bytes[4] == 0x43 && digits
    }

    /// Task statements: `<domain>.<n>` (`2.1`).
    public static func isTaskStatement(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
    }
}
