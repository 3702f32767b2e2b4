#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The calibrated probability of passing the exam, with its 80% interval, per-domain readiness and the
/// assumptions the number rests on.
public struct PassPrediction: Codable, Sendable, Hashable {
    /// The exam code.
    public var exam: String
    /// Posterior mean probability of passing.
    public var probability: Double
    /// Lower end of the 80% credible interval for the learner's true pass probability.
    public var lower: Double
    /// Upper end of the 80% credible interval.
    public var upper: Double
    /// Scored items on a form.
    public var scoredItems: Int
    /// The assumed raw cut: right answers needed out of `scoredItems`.
    public var rawCut: Int
    /// Readiness per domain, in domain order.
    public var domains: [DomainReadiness]
    /// Expected exam score weighted by the official domain weights (0–1).
    public var weightedReadiness: Double
    /// The date the forgetting was projected to.
    public var examDate: Date
    /// Monte Carlo draws behind the interval, and the seed that makes them reproducible.
    public var samples: Int
    public var seed: UInt64
    /// Plain statements of what the model assumes (the raw cut above all: AWS does not publish it).
    public var assumptions: [String]

    public init(
        exam: String, probability: Double, lower: Double, upper: Double, scoredItems: Int, rawCut: Int,
        domains: [DomainReadiness], weightedReadiness: Double, examDate: Date, samples: Int, seed: UInt64,
        assumptions: [String]
    ) {
        self.exam = exam
        self.probability = probability
        self.lower = lower
        self.upper = upper
        self.scoredItems = scoredItems
        self.rawCut = rawCut
        self.domains = domains
        self.weightedReadiness = weightedReadiness
        self.examDate = examDate
        self.samples = samples
        self.seed = seed
        self.assumptions = assumptions
    }
}
