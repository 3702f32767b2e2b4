#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// When the learner is predicted to be ready for the exam: the first day on which the lower end of the 80%
/// interval of P(pass) reaches the target (0.8), at the observed pace and the planned study minutes.
public struct ExamReadyForecast: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        /// Already ready today.
        case ready
        /// Ready on `date` if the pace and the plan hold.
        case predicted
        /// No honest date can be given; `reason` says why.
        case notPredictable
    }

    public var status: Status
    /// The predicted day (start of the UTC day); `nil` when not predictable.
    public var date: Date?
    /// Days from today; `nil` when not predictable.
    public var days: Int?
    /// Whether that day falls on or before the learner's exam date, when one is set.
    public var beforeExam: Bool?
    /// The domain that holds back readiness most (most exam points at risk) on that day.
    public var bottleneckDomain: Int?
    /// Observed ability gain per hour of study (logits), when measured.
    public var gainPerHour: Double?
    public var reason: String

    public init(
        status: Status, date: Date?, days: Int?, beforeExam: Bool?, bottleneckDomain: Int?, gainPerHour: Double?,
        reason: String
    ) {
        self.status = status
        self.date = date
        self.days = days
        self.beforeExam = beforeExam
        self.bottleneckDomain = bottleneckDomain
        self.gainPerHour = gainPerHour
        self.reason = reason
    }
}
