#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A learner's entry in one weekly league group.
public struct LeagueMember: Codable, Sendable, Hashable {
    public var userId: String
    public var tier: LeagueTier
    public var weeklyPoints: Int
    /// When the learner reached `weeklyPoints`; earlier wins a tie.
    public var reachedAt: Date?

    public init(userId: String, tier: LeagueTier, weeklyPoints: Int, reachedAt: Date? = nil) {
        self.userId = userId
        self.tier = tier
        self.weeklyPoints = weeklyPoints
        self.reachedAt = reachedAt
    }
}
