#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The design documents' Certification Readiness Index: a transparent 0–100 progress score made of lesson
/// completion (30), assessment scores (40), scenario performance (20) and time invested (10), each part shown.
public struct CertificationReadinessIndex: Codable, Sendable, Hashable {
    /// One part of the index.
    public struct Component: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
            case lessonCompletion, assessmentScores, scenarioPerformance, timeInvested
        }

        public var kind: Kind
        /// The part's share of the index in points (30, 40, 20, 10).
        public var weight: Double
        /// How far the learner is on this part (0–1).
        public var score: Double
        /// Points this part adds: `weight × score`.
        public var contribution: Double
        /// What the score is made of, in words.
        public var detail: String

        public init(kind: Kind, weight: Double, score: Double, detail: String) {
            self.kind = kind
            self.weight = weight
            self.score = min(max(score, 0), 1)
            self.contribution = weight * self.score
            self.detail = detail
        }
    }

    /// Sum of the contributions, capped at 100.
    public var value: Double
    public var components: [Component]

    public init(components: [Component]) {
        self.components = components
        self.value = min(components.reduce(0) { $0 + $1.contribution }, 100)
    }
}
