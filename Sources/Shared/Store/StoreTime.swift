#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The timestamps the stores write (`updated_at`, `enrolled_at`, …): ISO 8601 in UTC with milliseconds, which
/// sorts as text.
public enum StoreTime {
    public static func text(_ date: Date) -> String { ISO8601Text.format(date) }
}
