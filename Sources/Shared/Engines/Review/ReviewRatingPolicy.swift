/// Turns an answer into an FSRS rating, since learners answer questions rather than grade their own recall:
/// wrong → Again; right but slow or unsure → Hard; right, sure and quick → Easy; otherwise Good.
public struct ReviewRatingPolicy: Sendable, Hashable, Codable {
    /// Slower than this multiple of the expected time counts as a struggle (Hard).
    public var slowFactor: Double
    /// Faster than this multiple of the expected time, with confidence, counts as effortless (Easy).
    public var quickFactor: Double

    public static let standard = ReviewRatingPolicy(slowFactor: 1.5, quickFactor: 0.5)

    public init(slowFactor: Double, quickFactor: Double) {
        self.slowFactor = slowFactor
        self.quickFactor = quickFactor
    }

    /// The rating for `answer` when the item usually takes `expectedSeconds` (values ≤ 0 disable the time rules).
    /// Easy needs the learner's explicit "I was sure"; an unknown confidence never gives Easy.
    public func rating(for answer: AnswerRecord, expectedSeconds: Double) -> ReviewRating {
        guard answer.isCorrect else { return .again }
        if answer.confident == false { return .hard }
        guard expectedSeconds > 0 else { return .good }
        if answer.seconds > slowFactor * expectedSeconds { return .hard }
        if answer.confident == true && answer.seconds < quickFactor * expectedSeconds { return .easy }
        return .good
    }
}
