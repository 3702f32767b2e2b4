/// A learner's state on one lesson, written by ProgressFn as they study (it runs ``MasteryEngine`` and records the
/// verdict) and read by CourseFn to show statuses and unlock lessons. No item means "not started".
public struct LessonProgressRecord: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case inProgress = "in_progress"
        case mastered
    }

    public var userId: String
    public var lessonId: String
    public var courseId: String
    public var status: Status
    public var contentCompleted: Bool
    public var minutesSpent: Double
    /// ISO 8601, when the mastery rule was first met.
    public var masteredAt: String?
    public var updatedAt: String

    public init(
        userId: String, lessonId: String, courseId: String, status: Status, contentCompleted: Bool = false,
        minutesSpent: Double = 0, masteredAt: String? = nil, updatedAt: String
    ) {
        self.userId = userId
        self.lessonId = lessonId
        self.courseId = courseId
        self.status = status
        self.contentCompleted = contentCompleted
        self.minutesSpent = minutesSpent
        self.masteredAt = masteredAt
        self.updatedAt = updatedAt
    }

    /// Mastered by the stored verdict.
    public var isMastered: Bool { status == .mastered || masteredAt != nil }
}
