/// A learner's study goal as stored on the profile: the target exam, the exam day (`yyyy-MM-dd`) and the minutes
/// per week they plan to study. ``LearnerGoals`` is the engines' view of the same facts, per day.
public struct ProfileGoals: Codable, Sendable, Hashable {
    public var exam: String
    public var examDate: String?
    public var weeklyMinutes: Int

    public init(exam: String, examDate: String? = nil, weeklyMinutes: Int) {
        self.exam = exam
        self.examDate = examDate
        self.weeklyMinutes = weeklyMinutes
    }

    /// The plan spread evenly over the week, rounded up: what the engines' day-by-day forecasts take.
    public var dailyMinutes: Int { (weeklyMinutes + 6) / 7 }
}
