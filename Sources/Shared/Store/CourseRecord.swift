/// A course as the Catalog table holds it: the course's own fields plus the counters and the version that the
/// table maintains. Lessons are separate items (``LessonRecord``).
public struct CourseRecord: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String
    /// The exam code, for example `CLF-C02`.
    public var exam: String
    public var domain: Int
    public var level: CertificationLevel
    /// The lowest tier that may enroll.
    public var tier: Tier
    public var services: [String]
    /// Kept by atomic `ADD` with every lesson created or deleted.
    public var lessonCount: Int
    /// The sum of the lessons' estimates, kept like `lessonCount`.
    public var estimatedMinutes: Int
    /// Optimistic-concurrency version: 1 on creation, +1 on every update.
    public var version: Int
    public var origin: CatalogOrigin
    /// The content version that wrote the item (`content` items only).
    public var contentVersion: String?
    /// ISO 8601, set on every write.
    public var updatedAt: String?

    public init(
        id: String, title: String, summary: String, exam: String, domain: Int, level: CertificationLevel, tier: Tier,
        services: [String], lessonCount: Int = 0, estimatedMinutes: Int = 0, version: Int = 1,
        origin: CatalogOrigin = .admin, contentVersion: String? = nil, updatedAt: String? = nil
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.exam = exam
        self.domain = domain
        self.level = level
        self.tier = tier
        self.services = services
        self.lessonCount = lessonCount
        self.estimatedMinutes = estimatedMinutes
        self.version = version
        self.origin = origin
        self.contentVersion = contentVersion
        self.updatedAt = updatedAt
    }

    /// The record of a course from `content/`, with its lesson counters filled.
    public init(content course: Course, contentVersion: String) {
        self.init(
            id: course.id, title: course.title, summary: course.summary, exam: course.exam, domain: course.domain,
            level: course.level, tier: course.tier, services: course.services, lessonCount: course.lessons.count,
            estimatedMinutes: course.estimatedMinutes, origin: .content, contentVersion: contentVersion)
    }
}
