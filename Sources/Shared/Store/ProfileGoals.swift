/// A learner's study goal as stored on the profile: the target exam, the exam day (`yyyy-MM-dd`) and the minutes
/// per day they plan to study. ``LearnerGoals`` is the engines' view of the same facts.
public struct ProfileGoals: Codable, Sendable, Hashable {
    public var exam: String
    public var examDate: String?
    public var dailyMinutes: Int

    public init(exam: String, examDate: String? = nil, dailyMinutes: Int) {
        self.exam = exam
        self.examDate = examDate
        self.dailyMinutes = dailyMinutes
    }
}
