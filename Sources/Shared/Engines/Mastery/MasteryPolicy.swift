/// The lesson mastery rule: the design documents' thresholds plus a confidence criterion so that a tiny quiz
/// cannot unlock a lesson (4 of 5 right is 80%, yet the true accuracy could well be far lower).
public struct MasteryPolicy: Sendable, Hashable, Codable {
    /// Conceptual accuracy bar (design documents: 80%).
    public var conceptualThreshold: Double
    /// Scenario rubric score bar (design documents: 80%).
    public var scenarioThreshold: Double
    /// Share of the lesson's estimated minutes that must be spent (design documents: 80%).
    public var timeShare: Double
    /// Required posterior probability that true accuracy is at least `conceptualThreshold`.
    public var requiredConfidence: Double
    /// Fewest distinct conceptual questions that can prove mastery.
    public var minimumConceptualItems: Int

    /// 80% / 80% / 80% of the estimate, P(accuracy ≥ 0.8) ≥ 0.8 under a uniform prior, at least 10 questions:
    /// 16 of 20 (P = 0.41) and 17 of 20 (0.63) do not unlock, 18 of 20 (0.82) does.
    public static let standard = MasteryPolicy(
        conceptualThreshold: 0.8, scenarioThreshold: 0.8, timeShare: 0.8, requiredConfidence: 0.8,
        minimumConceptualItems: 10)

    public init(
        conceptualThreshold: Double, scenarioThreshold: Double, timeShare: Double, requiredConfidence: Double,
        minimumConceptualItems: Int
    ) {
        self.conceptualThreshold = conceptualThreshold
        self.scenarioThreshold = scenarioThreshold
        self.timeShare = timeShare
        self.requiredConfidence = requiredConfidence
        self.minimumConceptualItems = minimumConceptualItems
    }
}
