#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A learner's points state: what `PointsEngine` needs to judge the next event. Stored per user.
public struct PointsLedger: Codable, Sendable, Hashable {
    /// All points ever paid.
    public var total: Int = 0
    /// The learner's local day `earnedToday` belongs to (days since 1970-01-01).
    public var day: Int?
    /// Points paid on `day`, checked against the daily cap.
    public var earnedToday: Int = 0
    /// Times of recent scoring events, for the burst guard.
    public var recentScoringTimes: [Date] = []
    /// Last scoring time per event type and subject, for the repeat guard.
    public var lastScoredAt: [String: Date] = [:]
    /// Recently processed event ids, most recent last.
    public var processedEventIds: [String] = []
    /// Highest mastery seen per lesson: only gains above it pay, so losing and regaining mastery does not.
    public var masteryHighWater: [String: Double] = [:]
    /// Best mock score per exam and best scenario score per question.
    public var bestScores: [String: Double] = [:]

    public init() {}
}
