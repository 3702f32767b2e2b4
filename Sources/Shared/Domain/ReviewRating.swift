/// How well a learner recalled a reviewed item, on FSRS's four-point scale (raw values as in FSRS: 1–4).
public enum ReviewRating: Int, Codable, Sendable, Hashable, CaseIterable {
    /// Forgot: the answer was wrong.
    case again = 1
    /// Recalled with difficulty: right, but slow or unsure.
    case hard = 2
    /// Recalled.
    case good = 3
    /// Recalled at once and with confidence.
    case easy = 4
}
