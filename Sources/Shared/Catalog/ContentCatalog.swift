#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything in the `content/` tree, decoded: exam blueprints, courses with their lesson Markdown, and the
/// question banks. `ContentLoader` builds it from disk; `CatalogValidator` checks it; the seeding and serving code
/// writes it to the Catalog table under `version`.
public struct ContentCatalog: Sendable, Hashable {
    /// The content version from `content/VERSION`, written with every catalog load.
    public var version: String
    public var exams: [ExamBlueprint]
    /// Courses in directory order, each lesson's `body` filled from its Markdown file when the file exists.
    public var courses: [Course]
    /// One bank per question file, in path order.
    public var questionBanks: [QuestionBank]

    public init(
        version: String, exams: [ExamBlueprint] = [], courses: [Course] = [], questionBanks: [QuestionBank] = []
    ) {
        self.version = version
        self.exams = exams
        self.courses = courses
        self.questionBanks = questionBanks
    }

    /// Every question of every bank, in bank order.
    public var questions: [Question] { questionBanks.flatMap(\.questions) }

    /// Every lesson of every course, in course order.
    public var lessons: [Lesson] { courses.flatMap(\.lessons) }

    /// The blueprint with the given exam code, if the catalog has it.
    public func exam(_ code: String) -> ExamBlueprint? {
        exams.first { $0.code == code }
    }
}

/// The items of one question file, `questions/<CODE>/d<N>.json`.
public struct QuestionBank: Sendable, Hashable {
    /// The file's path relative to the content root, for example `questions/SAA-C03/d1.json`. Its name says which
    /// exam and domain every item in it must belong to.
    public var file: String
    public var questions: [Question]

    public init(file: String, questions: [Question]) {
        self.file = file
        self.questions = questions
    }

    /// The exam code and domain number the file name promises, or nil when the name does not follow
    /// `questions/<CODE>/d<N>.json` (a `d<N>-<part>.json` name splits one domain over several files).
    public var expectedPlacement: (exam: String, domain: Int)? {
        let parts = file.split(separator: "/")
        guard parts.count == 3, parts[0] == "questions", parts[2].hasSuffix(".json") else { return nil }
        let stem = parts[2].dropLast(".json".count)
        guard stem.first == "d" else { return nil }
        let number = stem.dropFirst().prefix { $0 != "-" }
        let rest = stem.dropFirst(1 + number.count)
        guard let domain = Int(number), domain > 0, rest.isEmpty || (rest.count > 1 && rest.first == "-") else {
            return nil
        }
        return (String(parts[1]), domain)
    }
}
