#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An Elo-style rating on the logit scale, for a learner's ability or an item's difficulty, with the number of
/// answers behind it (the update step shrinks as it grows).
public struct SkillRating: Codable, Sendable, Hashable {
    /// Logits: 0 is an average learner facing an average item.
    public var value: Double
    /// Answers that have updated this rating.
    public var answers: Int

    public init(value: Double = 0, answers: Int = 0) {
        self.value = value
        self.answers = max(answers, 0)
    }
}
