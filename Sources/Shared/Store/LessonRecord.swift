/// A lesson as the Catalog table holds it. Listings leave `body` out (``CatalogStore/lessons(course:)``); the
/// single-lesson read fills it.
public struct LessonRecord: Codable, Sendable, Hashable {
    public var id: String
    public var courseId: String
    /// The course's exam, copied so that prerequisite checks need not read the course.
    public var exam: String
    public var title: String
    public var taskStatement: String
    public var services: [String]
    public var estimatedMinutes: Int
    /// Lessons to master first; they may belong to other courses of the same exam.
    public var prerequisites: [String]
    public var objectives: [String]
    /// The Markdown; `nil` in listings.
    public var body: String?
    /// The teaching order inside the course (the content's order; appended lessons go last).
    public var position: Int
    /// The assessment that checks this lesson, when there is one.
    public var assessmentId: String?
    public var version: Int
    public var origin: CatalogOrigin
    public var contentVersion: String?
    public var updatedAt: String?

    public init(
        id: String, courseId: String, exam: String, title: String, taskStatement: String, services: [String],
        estimatedMinutes: Int, prerequisites: [String], objectives: [String], body: String?, position: Int,
        assessmentId: String? = nil, version: Int = 1, origin: CatalogOrigin = .admin, contentVersion: String? = nil,
        updatedAt: String? = nil
    ) {
        self.id = id
        self.courseId = courseId
        self.exam = exam
        self.title = title
        self.taskStatement = taskStatement
        self.services = services
        self.estimatedMinutes = estimatedMinutes
        self.prerequisites = prerequisites
        self.objectives = objectives
        self.body = body
        self.position = position
        self.assessmentId = assessmentId
        self.version = version
        self.origin = origin
        self.contentVersion = contentVersion
        self.updatedAt = updatedAt
    }

    /// The record of the lesson at `position` of a course from `content/`.
    public init(content lesson: Lesson, course: Course, position: Int, contentVersion: String) {
        self.init(
            id: lesson.id, courseId: course.id, exam: course.exam, title: lesson.title,
            taskStatement: lesson.taskStatement, services: lesson.services, estimatedMinutes: lesson.estimatedMinutes,
            prerequisites: lesson.prerequisites, objectives: lesson.objectives, body: lesson.body, position: position,
            origin: .content, contentVersion: contentVersion)
    }
}
