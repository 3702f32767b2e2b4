#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Whether a lesson is mastered, every unmet criterion, and the evidence the verdict rests on.
public struct MasteryDecision: Codable, Sendable, Hashable {
    public var lessonId: String
    /// True only when `unmet` is empty.
    public var mastered: Bool { unmet.isEmpty }
    /// Each condition still missing, in the order the rule lists them.
    public var unmet: [MasteryCriterion]
    /// Distinct conceptual (objective) questions answered; the latest answer to each counts.
    public var conceptualItems: Int
    /// Accuracy over those answers; `nil` when none.
    public var conceptualAccuracy: Double?
    /// Posterior probability (uniform prior) that the true accuracy is at least the bar; `nil` when no answers.
    public var confidence: Double?
    /// Mean rubric score on scenario questions; `nil` when none answered.
    public var scenarioScore: Double?
    public var minutesSpent: Double

    public init(
        lessonId: String, unmet: [MasteryCriterion], conceptualItems: Int, conceptualAccuracy: Double?,
        confidence: Double?, scenarioScore: Double?, minutesSpent: Double
    ) {
        self.lessonId = lessonId
        self.unmet = unmet
        self.conceptualItems = conceptualItems
        self.conceptualAccuracy = conceptualAccuracy
        self.confidence = confidence
        self.scenarioScore = scenarioScore
        self.minutesSpent = minutesSpent
    }
}
