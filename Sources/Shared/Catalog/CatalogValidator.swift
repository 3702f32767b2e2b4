/// Checks a `ContentCatalog` against the rules of `content/README.md` and counts its content per exam and domain.
///
/// Pure: a function of the catalog and the requirements, with no I/O. It never stops at the first problem; it
/// reports every broken rule it finds so that one run shows an author everything to fix.
public struct CatalogValidator: Sendable {
    public var requirements: CatalogRequirements

    public init(requirements: CatalogRequirements = CatalogRequirements()) {
        self.requirements = requirements
    }

    /// Validates the whole catalog. An empty `problems` list in the report means the catalog may be published.
    public func validate(_ catalog: ContentCatalog) -> CatalogReport {
        var findings = CatalogFindings()
        if CatalogText.isBlank(catalog.version) {
            findings.add("VERSION", "", .version, "the content version is empty")
        }
        let lessons = LessonIndex(catalog)
        checkExams(catalog, &findings)
        checkCourses(catalog, lessons, &findings)
        checkPrerequisiteCycles(catalog, lessons, &findings)
        checkQuestions(catalog, lessons, &findings)
        let counts = ExamCount.counts(of: catalog)
        checkSpread(counts, &findings)
        checkTotals(counts, &findings)
        return CatalogReport(problems: findings.problems, counts: counts)
    }
}

/// The problems found so far, in order.
struct CatalogFindings {
    private(set) var problems: [CatalogProblem] = []

    mutating func add(_ file: String, _ id: String, _ rule: CatalogRule, _ message: String) {
        problems.append(CatalogProblem(file: file, id: id, rule: rule, message: message))
    }
}

/// Every lesson by id with the course that holds it; the first wins when ids repeat (the duplicate is reported).
struct LessonIndex {
    struct Entry {
        var lesson: Lesson
        var course: Course
    }

    private var entries: [String: Entry] = [:]

    init(_ catalog: ContentCatalog) {
        for course in catalog.courses {
            for lesson in course.lessons where entries[lesson.id] == nil {
                entries[lesson.id] = Entry(lesson: lesson, course: course)
            }
        }
    }

    subscript(id: String) -> Entry? { entries[id] }
}
