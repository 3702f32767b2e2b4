#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One answer a learner gave to one question: the evidence every learner-model engine reads.
public struct AnswerRecord: Codable, Sendable, Hashable {
    public var questionId: String
    /// The exam domain number of the question.
    public var domain: Int
    /// The task statement of the question, for example `1.2`.
    public var taskStatement: String
    /// The lesson that teaches the question, when there is one.
    public var lessonId: String?
    public var type: QuestionType
    /// 1 or 0 for `single` and `multiple` items (no partial credit, as on the exam); the rubric score as a
    /// fraction (0–1) for `scenario` items.
    public var score: Double
    public var answeredAt: Date
    /// Time taken to answer, in seconds.
    public var seconds: Double
    /// The learner's own "I was sure" flag, when the client asked for it.
    public var confident: Bool?

    public init(
        questionId: String, domain: Int, taskStatement: String, lessonId: String? = nil, type: QuestionType,
        score: Double, answeredAt: Date, seconds: Double, confident: Bool? = nil
    ) {
        self.questionId = questionId
        self.domain = domain
        self.taskStatement = taskStatement
        self.lessonId = lessonId
        self.type = type
        self.score = min(max(score, 0), 1)
        self.answeredAt = answeredAt
        self.seconds = max(seconds, 0)
        self.confident = confident
    }

    /// Whether the answer counts as correct: full credit for objective items, at least 80% for scenarios.
    public var isCorrect: Bool { type == .scenario ? score >= 0.8 : score >= 1 }
}
