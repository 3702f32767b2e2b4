#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One learning event, the input of the gamification rules (points, badges, streaks).
///
/// Flat on purpose, so that it travels unchanged as an EventBridge `detail`. Which optional fields are
/// meaningful depends on `type` (see `LearningEventType`).
public struct LearningEvent: Codable, Sendable, Hashable, Identifiable {
    /// The event id; processing the same id twice has no further effect.
    public var id: String
    public var userId: String
    public var type: LearningEventType
    public var occurredAt: Date
    /// The lesson, question, review card, exam or scenario the event is about.
    public var subjectId: String
    public var value: Double?
    public var previousValue: Double?
    public var dueAt: Date?
    public var correct: Bool?
    /// The exam code, for example `SAA-C03`, when the subject belongs to one.
    public var exam: String?
    /// The exam domain number, when known.
    public var domain: Int?

    public init(
        id: String, userId: String, type: LearningEventType, occurredAt: Date, subjectId: String,
        value: Double? = nil, previousValue: Double? = nil, dueAt: Date? = nil, correct: Bool? = nil,
        exam: String? = nil, domain: Int? = nil
    ) {
        self.id = id
        self.userId = userId
        self.type = type
        self.occurredAt = occurredAt
        self.subjectId = subjectId
        self.value = value
        self.previousValue = previousValue
        self.dueAt = dueAt
        self.correct = correct
        self.exam = exam
        self.domain = domain
    }
}
