/// What a learner did, as far as points, badges and streaks are concerned.
public enum LearningEventType: String, Codable, Sendable, Hashable, CaseIterable {
    /// A lesson was completed. `subjectId` is the lesson.
    case lessonCompleted
    /// Estimated mastery of a lesson rose. `previousValue` and `value` are mastery before and after (0–1).
    case masteryGained
    /// A scheduled review was done. `dueAt` is when it was due; `correct` whether it was recalled.
    case reviewCompleted
    /// A practice question was answered. `correct` says how.
    case questionAnswered
    /// A mock exam was submitted. `value` is the scaled score (100–1000), `previousValue` the previous best.
    case mockExamCompleted
    /// A scenario answer was graded. `value` is the 0–100 score.
    case scenarioGraded
    /// The daily streak reached `value` days (emitted by the streak engine, consumed by badges).
    case streakExtended
}
