/// Where a learner stands on a lesson, as the API shows it.
public enum LessonStatus: String, Codable, Sendable, Hashable, CaseIterable {
    /// A prerequisite is not mastered yet.
    case locked
    /// Every prerequisite is mastered; not started.
    case unlocked
    /// Started, not mastered.
    case inProgress = "in_progress"
    /// The mastery rule is met.
    case mastered
}
