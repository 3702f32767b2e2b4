#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One learner's progress towards one badge, updated event by event.
public struct BadgeProgress: Codable, Sendable, Hashable {
    public var badgeId: String
    /// Matching events per requirement id.
    public var counts: [String: Int] = [:]
    /// Distinct subjects seen per requirement id, for requirements that count distinct subjects.
    public var subjects: [String: [String]] = [:]
    /// Share of requirement groups fulfilled, 0–1.
    public var ratio: Double = 0
    public var earnedAt: Date?
    /// When a regressing badge was last taken back.
    public var revokedAt: Date?

    public init(badgeId: String) {
        self.badgeId = badgeId
    }

    public var isEarned: Bool { earnedAt != nil }
}
