/// What a catalog load did.
public struct CatalogSeedResult: Sendable, Equatable, CustomStringConvertible {
    /// The content version now in the table.
    public var version: String
    /// The version that was there before, if any.
    public var previousVersion: String?
    /// True when the table already held this version and nothing was written.
    public var skipped: Bool
    public var exams: Int
    public var courses: Int
    public var lessons: Int
    public var questions: Int
    /// Items of an earlier content version that the new one no longer has, now deleted.
    public var deleted: Int

    public init(
        version: String, previousVersion: String?, skipped: Bool, exams: Int = 0, courses: Int = 0, lessons: Int = 0,
        questions: Int = 0, deleted: Int = 0
    ) {
        self.version = version
        self.previousVersion = previousVersion
        self.skipped = skipped
        self.exams = exams
        self.courses = courses
        self.lessons = lessons
        self.questions = questions
        self.deleted = deleted
    }

    public var description: String {
        if skipped { return "catalog version \(version) is already loaded; nothing written" }
        let from = previousVersion.map { " (replacing \($0))" } ?? ""
        return "catalog version \(version) loaded\(from): \(exams) exams, \(courses) courses, \(lessons) lessons, "
            + "\(questions) questions written; \(deleted) stale items deleted"
    }
}
