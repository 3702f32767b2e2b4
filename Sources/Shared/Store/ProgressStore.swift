/// The learner-state repository over the UserProgress table: enrollments and lesson progress.
///
/// Key shapes (`user_id`, `lesson_id`; `course-progress-index` on `user_id`, `course_id`):
///
/// | item               | `lesson_id`              | `course_id` |
/// | ------------------ | ------------------------ | ----------- |
/// | lesson progress    | `<lesson id>`            | `<course>`  |
/// | enrollment         | `ENROLLMENT#<course id>` | `<course>`  |
/// | enrollment counter | `SUMMARY#ENROLLMENTS`    | –           |
/// | lesson totals      | `SUMMARY#LESSONS`        | –           |
/// | review card        | `CARD#<question id>`     | –           |
///
/// - A learner's whole state is one partition: their enrollments are one Query (`begins_with(lesson_id,
///   "ENROLLMENT#")`), the status of any set of lessons (prerequisites in other courses) one BatchGet by lesson id.
/// - `course-progress-index` answers "this learner in this course" (the enrollment and every lesson's state) in one
///   Query; the counter and the cards carry no `course_id`, so they stay out of it.
/// - The counter item holds `active_enrollments`, so the tier limit is one conditional atomic `ADD` in the same
///   transaction as the enrollment's put: two concurrent enrollments of a free learner cannot both pass.
/// - The lesson totals (``LessonProgressSummary``) move with every progress write in the same transaction, so the
///   learner's stats are one GetItem rather than a read of their whole partition.
///
/// Every method throws ``StoreError`` for what a caller can act on and ``AWSError`` for table failures.
public protocol ProgressStore: Sendable {
    /// The learner's enrollment in the course, active or ended; `nil` when they never enrolled (no error).
    func enrollment(user: String, course: String) async throws -> EnrollmentRecord?
    /// Enrolls the learner, or returns their active enrollment unchanged.
    ///
    /// - Parameter limit: the most active enrollments the learner may hold; `nil` for no limit.
    /// - Returns: the active enrollment and whether this call created (or reactivated) it.
    /// - Throws: ``StoreError/Code/limitReached`` when `limit` active enrollments exist already.
    func enroll(user: String, course: String, limit: Int?) async throws -> (enrollment: EnrollmentRecord, created: Bool)
    /// Ends the learner's active enrollment; their lesson progress stays.
    /// - Throws: ``StoreError/Code/notFound`` when they are not enrolled.
    func unenroll(user: String, course: String) async throws
    /// A page of the learner's active enrollments, in course-id order.
    /// - Throws: ``StoreError/Code/invalidCursor`` for a start key of another learner or listing.
    func activeEnrollments(
        user: String, limit: Int, startKey: DynamoDBItem?
    ) async throws -> StorePage<
        EnrollmentRecord
    >
    /// How many active enrollments the learner holds (the counter the tier limit checks).
    func activeEnrollmentCount(user: String) async throws -> Int
    /// The learner's progress on the lessons of one course.
    func lessonProgress(user: String, course: String) async throws -> [LessonProgressRecord]
    /// The learner's progress on the given lessons (those with any), in no particular order.
    func lessonProgress(user: String, lessons: [String]) async throws -> [LessonProgressRecord]
    /// The learner's totals over every lesson (zeros before their first progress).
    func lessonSummary(user: String) async throws -> LessonProgressSummary
    /// Stores a lesson-progress item and moves the learner's totals with it (ProgressFn's write; tests use it to
    /// master lessons).
    /// - Throws: ``StoreError/Code/versionConflict`` when the item keeps changing while this writes it.
    func saveLessonProgress(_ progress: LessonProgressRecord) async throws
}
