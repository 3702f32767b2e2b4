#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What one event did to a learner's badges.
public enum BadgeChange: Codable, Sendable, Hashable {
    /// The badge's requirements are all fulfilled; publish `BadgeAwarded`.
    case awarded(badgeId: String, at: Date)
    /// A penalty left a regressing badge unfulfilled.
    case revoked(badgeId: String, at: Date)
    /// Progress moved without changing the award.
    case progressed(badgeId: String, ratio: Double)
}
