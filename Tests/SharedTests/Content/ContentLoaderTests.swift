import Foundation
import Testing

@testable import Shared

@Suite("ContentLoader")
struct ContentLoaderTests {
    /// A content tree in a fresh temporary folder, removed when the test ends.
    final class Tree {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appending(path: "content-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ relative: String, _ text: String) throws {
            let url = root.appending(path: relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        func write(_ relative: String, json value: some Encodable) throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .prettyPrinted
            try write(relative, String(decoding: try encoder.encode(value), as: UTF8.self))
        }

        /// The fixture catalog written out in the documented layout.
        static func fixture() throws -> Tree {
            let tree = try Tree()
            let catalog = CatalogFixtures.catalog
            try tree.write("VERSION", "1.0.0\n")
            for exam in catalog.exams {
                try tree.write("exams/\(exam.code).json", json: exam)
            }
            for course in catalog.courses {
                var listed = course
                for index in listed.lessons.indices {
                    listed.lessons[index].body = nil
                    try tree.write(
                        "courses/\(course.id)/lessons/\(course.lessons[index].id).md", course.lessons[index].body ?? "")
                }
                try tree.write("courses/\(course.id)/course.json", json: listed)
            }
            for bank in catalog.questionBanks {
                try tree.write(bank.file, json: bank.questions)
            }
            try tree.write("README.md", "# Not content\n")
            try tree.write("exams/.DS_Store", "noise")
            return tree
        }

        func load() throws(ContentLoadError) -> ContentCatalog {
            try ContentLoader(root: root).load()
        }
    }

    @Test("a tree in the documented layout loads into the catalog it was written from")
    func roundTrip() throws {
        let tree = try Tree.fixture()
        let loaded = try tree.load()
        var expected = CatalogFixtures.catalog
        expected.exams.sort { $0.code < $1.code }
        #expect(loaded == expected)
        #expect(CatalogValidator(requirements: CatalogFixtures.requirements).validate(loaded).isValid)
    }

    @Test("folders that do not exist yet load as empty")
    func emptyTree() throws {
        let tree = try Tree()
        try tree.write("VERSION", " 2.0.1 ")
        let loaded = try tree.load()
        #expect(loaded == ContentCatalog(version: "2.0.1"))
    }

    @Test("a lesson without its Markdown file loads with no body")
    func missingLessonFile() throws {
        let tree = try Tree.fixture()
        try FileManager.default.removeItem(
            at: tree.root.appending(path: "courses/xyz-d1-first-domain/lessons/xyz-basics.md"))
        let lessons = try tree.load().lessons
        #expect(lessons.first { $0.id == "xyz-basics" }?.body == nil)
        #expect(lessons.first { $0.id == "xyz-advanced" }?.body != nil)
    }

    @Test(
        "unreadable, malformed and misplaced files are named in the error",
        arguments: [
            ("VERSION", nil, ContentLoadError.Code.unreadable, "missing"),
            ("exams/XYZ-C01.json", "{ \"code\": \"XYZ-C01\" ", .malformed, "top level"),
            ("questions/XYZ-C01/d2.json", "[{\"id\": 3}]", .malformed, "[0].id"),
            ("courses/xyz-d1-first-domain/course.json", "{}", .malformed, ".id: required field is missing"),
            ("courses/xyz-d1-first-domain/course.json", nil, .unreadable, "missing"),
            ("exams/XYZ-C01.json", "RENAME:exams/XYZ-C02.json", .misplaced, "name it XYZ-C01.json"),
            ("courses/xyz-d1-first-domain", "RENAME:courses/xyz-other", .misplaced, "folder"),
        ] as [(String, String?, ContentLoadError.Code, String)])
    func loadErrors(file: String, replacement: String?, code: ContentLoadError.Code, detail: String) throws {
        let tree = try Tree.fixture()
        let original = tree.root.appending(path: file)
        var expectedFile = file
        if let replacement, replacement.hasPrefix("RENAME:") {
            let renamed = String(replacement.dropFirst("RENAME:".count))
            expectedFile = renamed.hasSuffix(".json") ? renamed : "\(renamed)/course.json"
            let target = tree.root.appending(path: renamed)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: original, to: target)
        } else if let replacement {
            try tree.write(file, replacement)
        } else {
            try FileManager.default.removeItem(at: original)
        }
        let error = #expect(throws: ContentLoadError.self) { try tree.load() }
        #expect(error?.code == code)
        #expect(error?.file == expectedFile)
        #expect(error?.message.contains(detail) == true, "\(error?.message ?? "")")
        #expect(error?.description.hasPrefix(expectedFile) == true)
    }

    @Test("a lesson file that is not UTF-8 is refused by name")
    func notUTF8() throws {
        let tree = try Tree.fixture()
        let file = "courses/xyz-d1-first-domain/lessons/xyz-basics.md"
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: tree.root.appending(path: file))
        let error = #expect(throws: ContentLoadError.self) { try tree.load() }
        #expect(error?.code == .malformed)
        #expect(error?.file == file)
    }
}
