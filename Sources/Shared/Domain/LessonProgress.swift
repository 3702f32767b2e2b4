#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a learner has done with one lesson's content (the quiz answers are `AnswerRecord`s).
public struct LessonProgress: Codable, Sendable, Hashable {
    public var lessonId: String
    /// Every section of the lesson was opened to the end.
    public var contentCompleted: Bool
    public var minutesSpent: Double
    /// When the lesson was marked mastered, if it was.
    public var masteredAt: Date?

    public init(lessonId: String, contentCompleted: Bool, minutesSpent: Double, masteredAt: Date? = nil) {
        self.lessonId = lessonId
        self.contentCompleted = contentCompleted
        self.minutesSpent = max(minutesSpent, 0)
        self.masteredAt = masteredAt
    }
}
