#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A learner's target: which exam, when, and how much time they plan to study.
public struct LearnerGoals: Codable, Sendable, Hashable {
    /// The exam code, for example `SAA-C03`.
    public var exam: String
    /// The booked (or intended) exam date, if any.
    public var examDate: Date?
    /// Minutes the learner plans to study per day.
    public var dailyMinutes: Int

    public init(exam: String, examDate: Date? = nil, dailyMinutes: Int) {
        self.exam = exam
        self.examDate = examDate
        self.dailyMinutes = max(dailyMinutes, 0)
    }
}
