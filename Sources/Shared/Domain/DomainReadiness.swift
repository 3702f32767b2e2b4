#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Readiness in one exam domain: the learner's ability there with its uncertainty and what it means on exam day.
public struct DomainReadiness: Codable, Sendable, Hashable {
    public var domain: Int
    /// The domain's official weight (percent of scored content).
    public var weight: Int
    /// Scored items of this domain on a real exam form.
    public var examItems: Int
    /// Posterior mean ability (logits).
    public var ability: Double
    /// Posterior standard deviation of the ability: small with much evidence, near the prior's with none.
    public var abilityUncertainty: Double
    /// Objective answers (latest per question) behind the estimate.
    public var answers: Int
    /// Predicted share of this domain's exam items answered right on exam day, forgetting included.
    public var expectedScore: Double
    /// Probability that the domain's exam score reaches the assumed raw cut on its own.
    public var competence: Double
    /// Mean retrievability of the domain's reviewed items on exam day (1 when nothing was reviewed).
    public var retention: Double
    /// `weight × (1 − competence)`: exam points this domain puts at risk, for ranking what to study.
    public var pointsAtRisk: Double

    public init(
        domain: Int, weight: Int, examItems: Int, ability: Double, abilityUncertainty: Double, answers: Int,
        expectedScore: Double, competence: Double, retention: Double
    ) {
        self.domain = domain
        self.weight = weight
        self.examItems = examItems
        self.ability = ability
        self.abilityUncertainty = abilityUncertainty
        self.answers = answers
        self.expectedScore = expectedScore
        self.competence = competence
        self.retention = retention
        self.pointsAtRisk = Double(weight) * (1 - competence)
    }
}
