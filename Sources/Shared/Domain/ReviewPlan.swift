#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A day-by-day review plan up to the exam that keeps each day's reviews within the learner's minutes.
public struct ReviewPlan: Codable, Sendable, Hashable {
    /// The reviews of one day.
    public struct Day: Codable, Sendable, Hashable {
        /// Start of the UTC day.
        public var date: Date
        /// Question ids to review, most urgent first.
        public var questionIds: [String]
        /// Estimated minutes.
        public var minutes: Double

        public init(date: Date, questionIds: [String], minutes: Double) {
            self.date = date
            self.questionIds = questionIds
            self.minutes = minutes
        }
    }

    public var days: [Day]
    /// Most reviews a day fits in the learner's minutes.
    public var capacityPerDay: Int
    /// Reviews moved to a later day because a day was full (one review may be moved several times).
    public var postponedReviews: Int
    /// Reviews that fell due before the exam day and the plan could not fit.
    public var backlogAtExam: Int
    /// Mean retrievability of the reviewed items on the exam day if the plan is followed and recalled.
    public var projectedRetention: Double
    /// The desired retention the scheduler aims at on the exam day.
    public var examRetention: Double

    public init(
        days: [Day], capacityPerDay: Int, postponedReviews: Int, backlogAtExam: Int, projectedRetention: Double,
        examRetention: Double
    ) {
        self.days = days
        self.capacityPerDay = capacityPerDay
        self.postponedReviews = postponedReviews
        self.backlogAtExam = backlogAtExam
        self.projectedRetention = projectedRetention
        self.examRetention = examRetention
    }
}
