import Shared

/// The JSON bodies CourseFn answers with, shaped exactly as `openapi.yaml`'s schemas of the same names.
enum CourseAPI {
    /// `Course`.
    struct Course: Encodable, Sendable {
        var id: String
        var title: String
        var summary: String
        var exam: String
        var domain: Int
        var level: CertificationLevel
        var tier: Tier
        var services: [String]
        var estimatedMinutes: Int
        var lessonCount: Int
        var enrolled: Bool?
        var version: Int

        init(_ record: CourseRecord, enrolled: Bool?) {
            id = record.id
            title = record.title
            summary = record.summary
            exam = record.exam
            domain = record.domain
            level = record.level
            tier = record.tier
            services = record.services
            estimatedMinutes = max(record.estimatedMinutes, 0)
            lessonCount = max(record.lessonCount, 0)
            self.enrolled = enrolled
            version = record.version
        }
    }

    /// `Enrollment`.
    struct Enrollment: Encodable, Sendable {
        var courseId: String
        var enrolledAt: String

        init(_ record: EnrollmentRecord) {
            courseId = record.courseId
            enrolledAt = record.enrolledAt
        }
    }

    /// `LessonSummary`: a lesson without its body, with the caller's status.
    struct LessonSummary: Encodable, Sendable {
        var id: String
        var courseId: String
        var title: String
        var taskStatement: String
        var services: [String]
        var estimatedMinutes: Int
        var prerequisites: [String]
        var objectives: [String]
        var status: LessonStatus

        init(_ record: LessonRecord, status: LessonStatus) {
            id = record.id
            courseId = record.courseId
            title = record.title
            taskStatement = record.taskStatement
            services = record.services
            estimatedMinutes = record.estimatedMinutes
            prerequisites = record.prerequisites
            objectives = record.objectives
            self.status = status
        }
    }

    /// `Lesson`: the summary's members, the Markdown body, the assessment and the version.
    struct Lesson: Encodable, Sendable {
        var summary: LessonSummary
        var body: String
        var assessmentId: String?
        var version: Int

        init(_ record: LessonRecord, status: LessonStatus) {
            summary = LessonSummary(record, status: status)
            body = record.body ?? ""
            assessmentId = record.assessmentId
            version = record.version
        }

        enum CodingKeys: String, CodingKey { case body, assessmentId, version }

        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(body, forKey: .body)
            try container.encodeIfPresent(assessmentId, forKey: .assessmentId)
            try container.encode(version, forKey: .version)
        }
    }

    /// `CourseDetail`: the course's members, its lessons with the caller's status, and the caller's enrollment.
    struct CourseDetail: Encodable, Sendable {
        var course: Course
        var lessons: [LessonSummary]
        var enrollment: Enrollment?

        enum CodingKeys: String, CodingKey { case lessons, enrollment }

        func encode(to encoder: any Encoder) throws {
            try course.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(lessons, forKey: .lessons)
            try container.encodeIfPresent(enrollment, forKey: .enrollment)
        }
    }

    /// `EnrolledCourse`.
    struct EnrolledCourse: Encodable, Sendable {
        var course: Course
        var enrollment: Enrollment
        var lessonsTotal: Int
        var lessonsMastered: Int
        var nextLessonId: String?
    }

    /// `CoursePage`, `LessonPage`, `EnrollmentPage`: items and the opaque token of the next page.
    struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
        var items: [Item]
        var nextToken: String?
    }

    /// `CertificationList`: the blueprints encode as `Certification`.
    struct CertificationList: Encodable, Sendable {
        var items: [ExamBlueprint]
    }
}
