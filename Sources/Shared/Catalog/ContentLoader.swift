#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the `content/` tree (layout in `content/README.md`) into a `ContentCatalog`.
///
/// The loader only decodes: it fails on what it cannot read and leaves every content rule to `CatalogValidator`.
/// A lesson whose Markdown file is missing loads with a nil `body`, which the validator reports. Missing
/// `exams/`, `courses/` or `questions/` folders load as empty. Listings are sorted, so two loads of one tree give
/// equal catalogs.
public struct ContentLoader: Sendable {
    /// The content root, the folder that holds `VERSION`, `exams/`, `courses/` and `questions/`.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Reads the whole tree.
    ///
    /// - Throws: `ContentLoadError` naming the first file that is missing, unreadable, not valid JSON of the
    ///   expected shape, or in the wrong place (an exam file not named after its code, a course folder not named
    ///   after its course id).
    public func load() throws(ContentLoadError) -> ContentCatalog {
        let version = CatalogText.trimmed(try text("VERSION"))
        return ContentCatalog(
            version: version, exams: try loadExams(), courses: try loadCourses(), questionBanks: try loadQuestions())
    }

    private func loadExams() throws(ContentLoadError) -> [ExamBlueprint] {
        var exams: [ExamBlueprint] = []
        for name in try entries("exams", directories: false) where name.hasSuffix(".json") {
            let file = "exams/\(name)"
            let exam = try decode(ExamBlueprint.self, file)
            guard name == "\(exam.code).json" else {
                throw ContentLoadError(
                    code: .misplaced, file: file, message: "holds exam \(exam.code); name it \(exam.code).json")
            }
            exams.append(exam)
        }
        return exams
    }

    private func loadCourses() throws(ContentLoadError) -> [Course] {
        var courses: [Course] = []
        for folder in try entries("courses", directories: true) {
            let file = "courses/\(folder)/course.json"
            var course = try decode(Course.self, file)
            guard course.id == folder else {
                throw ContentLoadError(
                    code: .misplaced, file: file, message: "holds course \(course.id); its folder must be named so")
            }
            for index in course.lessons.indices {
                let lessonFile = "courses/\(folder)/lessons/\(course.lessons[index].id).md"
                if exists(lessonFile) {
                    course.lessons[index].body = try text(lessonFile)
                }
            }
            courses.append(course)
        }
        return courses
    }

    private func loadQuestions() throws(ContentLoadError) -> [QuestionBank] {
        var banks: [QuestionBank] = []
        for exam in try entries("questions", directories: true) {
            for name in try entries("questions/\(exam)", directories: false) where name.hasSuffix(".json") {
                let file = "questions/\(exam)/\(name)"
                banks.append(QuestionBank(file: file, questions: try decode([Question].self, file)))
            }
        }
        return banks
    }

    // MARK: - Files

    private func url(_ relative: String) -> URL {
        root.appending(path: relative)
    }

    private func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: url(relative).path(percentEncoded: false))
    }

    private func isDirectory(_ relative: String) -> Bool {
        var directory = false
        let found = FileManager.default.fileExists(
            atPath: url(relative).path(percentEncoded: false), isDirectory: &directory)
        return found && directory
    }

    /// The sorted, non-hidden names in a folder, keeping only folders or only files; an absent folder is empty.
    private func entries(_ folder: String, directories: Bool) throws(ContentLoadError) -> [String] {
        guard exists(folder) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url(folder).path(percentEncoded: false))
        } catch {
            throw ContentLoadError(code: .unreadable, file: folder, message: "cannot list the folder: \(error)")
        }
        return names.filter { !$0.hasPrefix(".") && isDirectory("\(folder)/\($0)") == directories }.sorted()
    }

    private func data(_ file: String) throws(ContentLoadError) -> Data {
        do {
            return try Data(contentsOf: url(file))
        } catch {
            let reason = exists(file) ? "cannot read the file" : "the file is missing"
            throw ContentLoadError(code: .unreadable, file: file, message: reason)
        }
    }

    private func text(_ file: String) throws(ContentLoadError) -> String {
        guard let text = String(data: try data(file), encoding: .utf8) else {
            throw ContentLoadError(code: .malformed, file: file, message: "the file is not UTF-8 text")
        }
        return text
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ file: String) throws(ContentLoadError) -> Value {
        let bytes = try data(file)
        do {
            return try JSONDecoder().decode(type, from: bytes)
        } catch {
            throw ContentLoadError(code: .malformed, file: file, message: ContentLoadError.describe(error))
        }
    }
}
