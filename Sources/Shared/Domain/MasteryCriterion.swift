#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One condition of the lesson mastery rule that is not met yet, with the numbers behind it.
public enum MasteryCriterion: Codable, Sendable, Hashable {
    /// The lesson's content has not been read to the end.
    case contentIncomplete
    /// Too few distinct conceptual questions answered for a confident verdict.
    case tooFewConceptualItems(answered: Int, required: Int)
    /// Conceptual accuracy (latest answer per question) is below the bar.
    case conceptualAccuracyBelow(accuracy: Double, required: Double)
    /// The score is high but the evidence is thin: the posterior probability that true accuracy reaches the bar
    /// is too low.
    case conceptualConfidenceBelow(probability: Double, required: Double)
    /// The lesson has scenario questions and none was answered.
    case scenarioNotAttempted
    /// The mean rubric score on scenario questions is below the bar.
    case scenarioScoreBelow(score: Double, required: Double)
    /// Less time spent than the share of the lesson's estimate the rule asks for.
    case timeBelowEstimate(minutes: Double, required: Double)

    /// A sentence a learner can act on.
    public var reason: String {
        switch self {
        case .contentIncomplete:
            return "Finish reading the lesson."
        case .tooFewConceptualItems(let answered, let required):
            return "Answer at least \(required) different questions on this lesson (\(answered) so far)."
        case .conceptualAccuracyBelow(let accuracy, let required):
            return "Raise your accuracy to \(Percent.text(required)) (now \(Percent.text(accuracy)))."
        case .conceptualConfidenceBelow(let probability, let required):
            return "Your score is good but based on few answers: answer more questions so that we are "
                + "\(Percent.text(required)) sure you are above the bar (now \(Percent.text(probability)))."
        case .scenarioNotAttempted:
            return "Answer the lesson's scenario question."
        case .scenarioScoreBelow(let score, let required):
            return "Raise your scenario score to \(Percent.text(required)) (now \(Percent.text(score)))."
        case .timeBelowEstimate(let minutes, let required):
            return "Spend at least \(Int(required.rounded(.up))) minutes on the lesson (\(Int(minutes)) so far)."
        }
    }
}
