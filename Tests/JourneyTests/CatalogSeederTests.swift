import Foundation
import TestSupport
import Testing

@testable import Shared

/// Loading `content/` into a Catalog table: once per version, replacing the previous version's items, keeping the
/// administrators' work.
@Suite("Catalog seeding", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct CatalogSeederTests {
    /// A small catalog cut from the real content: two exams, one course with its lessons, a few questions.
    static func catalog(version: String, dropLastLesson: Bool = false) throws -> ContentCatalog {
        let full = try ContentLoader(root: JourneyPaths.content).load()
        var course = try #require(full.courses.first { $0.id == "clf-d1-cloud-concepts" })
        if dropLastLesson { course.lessons.removeLast() }
        let questions = Array(full.questions.filter { $0.exam == "CLF-C02" }.prefix(3))
        return ContentCatalog(
            version: version, exams: full.exams.filter { ["CLF-C02", "SAA-C03"].contains($0.code) }, courses: [course],
            questionBanks: [QuestionBank(file: "questions/CLF-C02/d1.json", questions: questions)])
    }

    @Test func aVersionLoadsOnceAndANewVersionReplacesIt() async throws {
        let stack = try await JourneyStack.shared()
        let table = "catalog-seed-\(UUID().uuidString.prefix(8).lowercased())"
        _ = try await stack.dynamo.createTable(
            try #require(JourneyTables.all(suffix: "x").first { $0.tableName == "catalog-x" }).renamed(table))
        let seeder = CatalogSeeder(client: stack.dynamo, table: table)
        let store = DynamoDBCatalogStore(client: stack.dynamo, table: table)

        let first = try await seeder.seed(try Self.catalog(version: "1"))
        #expect(!first.skipped)
        #expect((first.exams, first.courses, first.lessons, first.questions) == (2, 1, 5, 3))
        #expect(try await seeder.loadedVersion() == "1")
        let again = try await seeder.seed(try Self.catalog(version: "1"))
        #expect(again.skipped, "the same version is a no-op")

        let course = try #require(try await store.course("clf-d1-cloud-concepts"))
        #expect((course.lessonCount, course.version, course.origin) == (5, 1, .content))
        let admin = try await store.createLesson(
            LessonRecord(
                id: "clf-admin-extra", courseId: course.id, exam: course.exam, title: "Extra", taskStatement: "1.1",
                services: ["AWS"], estimatedMinutes: 7, prerequisites: [], objectives: ["o"], body: "b", position: 5))
        #expect(admin.origin == .admin)

        let second = try await seeder.seed(try Self.catalog(version: "2", dropLastLesson: true))
        #expect(second.previousVersion == "1")
        #expect(second.deleted == 1, "the lesson the new version dropped is deleted")
        #expect(try await seeder.loadedVersion() == "2")
        let replaced = try #require(try await store.course("clf-d1-cloud-concepts"))
        #expect(replaced.version == 2, "a replaced item's version goes up, so stale admin writes get 409")
        #expect(replaced.lessonCount == 5, "four content lessons and the administrator's one")
        #expect(try await store.lesson("clf-admin-extra") != nil, "administrators' items survive a new version")
        let lessons = try await store.lessons(course: "clf-d1-cloud-concepts")
        #expect(lessons.count == 5)
        #expect(lessons.allSatisfy { $0.body == nil }, "listings leave the bodies out")
        #expect(try await store.exams().map(\.code) == ["CLF-C02", "SAA-C03"])
    }
}

extension CreateTableInput {
    func renamed(_ name: String) -> CreateTableInput {
        var copy = self
        copy.tableName = name
        return copy
    }
}
