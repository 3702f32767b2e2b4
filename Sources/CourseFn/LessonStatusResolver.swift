import Shared

/// A learner's status on each lesson, from the stored progress (ProgressFn records mastery as ``MasteryEngine``
/// decides it) and the prerequisite graph.
///
/// - `mastered`: the stored verdict says so; mastery is never taken back by a later prerequisite change.
/// - `locked`: some prerequisite that still exists in the catalog is not mastered. Prerequisites that were deleted
///   no longer block, as in ``LearningPathEngine``.
/// - `in_progress`: unlocked and started; `unlocked`: unlocked and not started.
struct LessonStatusResolver: Sendable {
    /// The learner's progress by lesson id: the lessons asked about and their prerequisites.
    var progress: [String: LessonProgressRecord]
    /// The ids of lessons that exist: the course's lessons and the prerequisites found in the catalog.
    var existing: Set<String>

    init(progress: [LessonProgressRecord], existing: Set<String>) {
        self.progress = Dictionary(progress.map { ($0.lessonId, $0) }) { first, _ in first }
        self.existing = existing
    }

    func isMastered(_ lessonID: String) -> Bool {
        progress[lessonID]?.isMastered == true
    }

    /// The prerequisites of `lesson` that block it, in the order the lesson lists them.
    func blockers(of lesson: LessonRecord) -> [String] {
        var seen: Set<String> = []
        return lesson.prerequisites.filter { id in
            id != lesson.id && existing.contains(id) && !isMastered(id) && seen.insert(id).inserted
        }
    }

    func status(of lesson: LessonRecord) -> LessonStatus {
        if isMastered(lesson.id) { return .mastered }
        if !blockers(of: lesson).isEmpty { return .locked }
        return progress[lesson.id] == nil ? .unlocked : .inProgress
    }

    /// The lesson to study next: the first, in teaching order, that is in progress, else the first unlocked one.
    func nextLesson(in lessons: [LessonRecord]) -> String? {
        let statuses = lessons.map { ($0.id, status(of: $0)) }
        return statuses.first { $0.1 == .inProgress }?.0 ?? statuses.first { $0.1 == .unlocked }?.0
    }
}
