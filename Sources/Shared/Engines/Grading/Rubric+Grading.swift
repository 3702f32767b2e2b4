extension RubricConcept {
    /// The weight used for grading: negative weights count as 0 and weights are capped at 10,000, so that no
    /// rubric can overflow the sums.
    var gradingWeight: Int { min(10_000, max(0, weight)) }
}

extension RubricMisconception {
    /// The penalty used for grading, within 0–100 points.
    var gradingPenalty: Int { min(100, max(0, penalty)) }
}
