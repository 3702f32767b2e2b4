/// The catalog repository: exam blueprints, courses and lessons in the Catalog table (key shapes in
/// ``CatalogKeys``).
///
/// Every method throws ``StoreError`` for what a caller can act on (absent item, taken id, stale version, a cursor
/// of another listing) and ``AWSError`` or a decoding error for failures of the table itself.
public protocol CatalogStore: Sendable {
    /// Every exam blueprint, ordered by code.
    func exams() async throws -> [ExamBlueprint]
    /// The blueprint of exam `code`; `nil` when the catalog has none (not an error).
    func exam(_ code: String) async throws -> ExamBlueprint?

    /// The course with `id`, counters included; `nil` when there is none (not an error).
    func course(_ id: String) async throws -> CourseRecord?
    /// A page of courses in exam, level and domain order.
    /// - Throws: ``StoreError/Code/invalidCursor`` when `startKey` is not a key of this listing.
    func courses(_ filter: CourseFilter, limit: Int, startKey: DynamoDBItem?) async throws -> StorePage<CourseRecord>

    /// A course's lessons in teaching order, without bodies.
    func lessons(course: String) async throws -> [LessonRecord]
    /// One lesson with its body; `nil` when there is none (not an error).
    func lesson(_ id: String) async throws -> LessonRecord?
    /// The lessons with these ids that exist, without bodies, in no particular order.
    func lessons(ids: [String]) async throws -> [LessonRecord]

    /// Creates a course with version 1 and no lessons. A create whose request had to be resent and finds the course
    /// it wrote itself succeeds.
    /// - Throws: ``StoreError/Code/alreadyExists`` when a course has the id.
    func createCourse(_ course: CourseRecord) async throws -> CourseRecord
    /// Replaces a course's own fields (not its counters) when its version is still `expectedVersion`; its exam and
    /// domain only while it has no lessons (checked in the write's condition, since lessons do not move the version).
    /// - Returns: the course as stored, with the version incremented.
    /// - Throws: ``StoreError/Code/notFound``, ``StoreError/Code/versionConflict``,
    ///   ``StoreError/Code/invalidReference`` when the exam or domain would change under existing lessons.
    func updateCourse(_ course: CourseRecord, expectedVersion: Int) async throws -> CourseRecord
    /// Deletes a course and its lessons; for a course already gone, deletes the lessons an interrupted delete left.
    /// - Throws: ``StoreError/Code/notFound`` when neither the course nor any lesson of it exists,
    ///   ``StoreError/Code/versionConflict`` when its lessons keep changing while it is deleted.
    func deleteCourse(_ id: String) async throws

    /// Adds a lesson at the end of its course (the store chooses the position, after every one used so far),
    /// counting it in the course's `lessonCount` and `estimatedMinutes` in the same transaction.
    /// - Returns: the lesson as stored, with its position.
    /// - Throws: ``StoreError/Code/notFound`` when the course is gone, ``StoreError/Code/alreadyExists`` when a
    ///   lesson has the id, ``StoreError/Code/versionConflict`` when other lessons keep taking the next position.
    func createLesson(_ lesson: LessonRecord) async throws -> LessonRecord
    /// Replaces a lesson's fields (not its course or position) when its version is still `expectedVersion`,
    /// adjusting the course's minutes.
    /// - Throws: ``StoreError/Code/notFound`` when the lesson or its course is gone (nothing is written),
    ///   ``StoreError/Code/versionConflict``.
    func updateLesson(_ lesson: LessonRecord, expectedVersion: Int) async throws -> LessonRecord
    /// Deletes a lesson and uncounts it from its course.
    /// - Throws: ``StoreError/Code/notFound``.
    func deleteLesson(_ id: String) async throws
}
