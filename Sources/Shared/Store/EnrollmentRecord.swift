/// A learner's enrollment in a course. Unenrolling keeps the item (and the learner's lesson progress) with status
/// `inactive`, so that enrolling again resumes where they left off.
public struct EnrollmentRecord: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case active, inactive
    }

    public var userId: String
    public var courseId: String
    public var status: Status
    /// ISO 8601: when the current enrollment began.
    public var enrolledAt: String
    public var unenrolledAt: String?

    public init(userId: String, courseId: String, status: Status, enrolledAt: String, unenrolledAt: String? = nil) {
        self.userId = userId
        self.courseId = courseId
        self.status = status
        self.enrolledAt = enrolledAt
        self.unenrolledAt = unenrolledAt
    }
}
