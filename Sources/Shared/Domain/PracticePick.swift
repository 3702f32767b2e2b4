#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One item chosen for adaptive practice, with the predicted chance of a right answer and why it was chosen.
public struct PracticePick: Codable, Sendable, Hashable {
    public var questionId: String
    public var domain: Int
    /// Predicted P(correct) for this learner now.
    public var probability: Double
    public var reason: String

    public init(questionId: String, domain: Int, probability: Double, reason: String) {
        self.questionId = questionId
        self.domain = domain
        self.probability = probability
        self.reason = reason
    }
}
