/// A learner's totals over all their lesson progress, kept in one summary item of the UserProgress table
/// (`lesson_id` `SUMMARY#LESSONS`) that every progress write moves with atomic `ADD`, so that reading them is one
/// GetItem however many lessons the learner has touched.
public struct LessonProgressSummary: Sendable, Equatable {
    /// Lessons whose content was finished or that are mastered.
    public var lessonsCompleted: Int
    public var lessonsMastered: Int
    public var studyMinutes: Double

    public init(lessonsCompleted: Int = 0, lessonsMastered: Int = 0, studyMinutes: Double = 0) {
        self.lessonsCompleted = lessonsCompleted
        self.lessonsMastered = lessonsMastered
        self.studyMinutes = studyMinutes
    }

    /// What replacing `old` (nil: no item yet) with `new` adds to each summary attribute.
    static func delta(from old: LessonProgressRecord?, to new: LessonProgressRecord) -> [(String, Double)] {
        func completed(_ record: LessonProgressRecord?) -> Double {
            guard let record else { return 0 }
            return record.contentCompleted || record.isMastered ? 1 : 0
        }
        func mastered(_ record: LessonProgressRecord?) -> Double { record?.isMastered == true ? 1 : 0 }
        func minutes(_ record: LessonProgressRecord?) -> Double { max(record?.minutesSpent ?? 0, 0) }
        return [
            ("lessons_completed", completed(new) - completed(old)),
            ("lessons_mastered", mastered(new) - mastered(old)),
            ("study_minutes", minutes(new) - minutes(old)),
        ]
    }
}
