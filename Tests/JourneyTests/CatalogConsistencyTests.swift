import Foundation
import TestSupport
import Testing

@testable import CourseFn
@testable import Shared

/// The catalog's invariants under the races a request cannot see: a course deleted under a lesson update, lessons
/// added under a course update, a delete cut short or listing a stale index, positions reused after a delete.
@Suite("Catalog consistency", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct CatalogConsistencyTests {
    static func course(_ id: String, domain: Int = 1) -> CourseRecord {
        CourseRecord(
            id: id, title: "Storage", summary: "S3 for the exam.", exam: "SAA-C03", domain: domain, level: .associate,
            tier: .free, services: ["Amazon S3"])
    }

    static func lesson(_ id: String, course: String, minutes: Int = 20) -> LessonRecord {
        LessonRecord(
            id: id, courseId: course, exam: "SAA-C03", title: "Buckets", taskStatement: "1.2", services: ["Amazon S3"],
            estimatedMinutes: minutes, prerequisites: [], objectives: ["Store objects"], body: "# Buckets", position: 0)
    }

    /// A course with `count` lessons, written through the store.
    static func courseWithLessons(
        _ store: DynamoDBCatalogStore, _ count: Int
    ) async throws -> (course: String, lessons: [String]) {
        let id = AdminCatalogTests.uniqueID("cons")
        _ = try await store.createCourse(course(id))
        var lessons: [String] = []
        for index in 0..<count {
            let lessonID = "\(id)-l\(index)"
            _ = try await store.createLesson(lesson(lessonID, course: id))
            lessons.append(lessonID)
        }
        return (id, lessons)
    }

    @Test func aLessonUpdateAfterItsCourseWasDeletedAnswers404AndWritesNothing() async throws {
        let stack = try await JourneyStack.shared()
        let store = stack.catalogStore
        let (course, lessons) = try await Self.courseWithLessons(store, 1)
        // The course goes after the handler checked it.
        try await stack.dynamo.delete(table: stack.catalogTable, key: CatalogKeys.course(course))

        for minutes in [50, 20] {
            var changed = Self.lesson(lessons[0], course: course, minutes: minutes)
            changed.title = "Buckets and prefixes"
            let error = try await #require(throws: StoreError.self) {
                _ = try await store.updateLesson(changed, expectedVersion: 1)
            }
            #expect(error.code == .notFound)
        }
        #expect(try await store.course(course) == nil, "no stub course was created by the minutes update")
        let kept = try #require(try await store.lesson(lessons[0]))
        #expect(kept.version == 1 && kept.title == "Buckets" && kept.estimatedMinutes == 20)

        let api = JourneyClient(stack.courseFunction().register)
        let admin = try await stack.learner(admin: true)
        let body = AdminCatalogTests.lessonBody(lessons[0], minutes: 50).merging(["version": 1]) { $1 }
        let answer = try await api.send("PUT", "/api/v1/lessons/{id}", ["id": lessons[0]], body: body, as: admin)
        #expect(answer.status == 404)
        #expect(try await store.course(course) == nil)
    }

    @Test func aCoursesExamAndDomainStayWhileLessonsExistEvenForAStaleVersion() async throws {
        let stack = try await JourneyStack.shared()
        let store = stack.catalogStore
        let (course, _) = try await Self.courseWithLessons(store, 1)
        // Version 1 was read before the lesson came: creating a lesson does not move the version.
        let error = try await #require(throws: StoreError.self) {
            _ = try await store.updateCourse(Self.course(course, domain: 2), expectedVersion: 1)
        }
        #expect(error.code == .invalidReference)
        var stored = try #require(try await store.course(course))
        #expect(stored.domain == 1 && stored.version == 1 && stored.lessonCount == 1)

        var renamed = Self.course(course)
        renamed.title = "Object storage"
        stored = try await store.updateCourse(renamed, expectedVersion: 1)
        #expect(stored.title == "Object storage" && stored.version == 2 && stored.lessonCount == 1)

        // An exam and a service no listing test pages through, so that the move cannot show a course twice there.
        var empty = Self.course(AdminCatalogTests.uniqueID("empty"))
        empty.exam = "DVA-C02"
        empty.services = ["AWS Lambda"]
        _ = try await store.createCourse(empty)
        empty.domain = 2
        let moved = try await store.updateCourse(empty, expectedVersion: 1)
        #expect(moved.domain == 2, "a course without lessons may move")
    }

    @Test func deletingAGoneCourseFinishesTheLessonsAnInterruptedDeleteLeft() async throws {
        let stack = try await JourneyStack.shared()
        let store = stack.catalogStore
        let (course, lessons) = try await Self.courseWithLessons(store, 2)
        try await stack.dynamo.delete(table: stack.catalogTable, key: CatalogKeys.course(course))

        let api = JourneyClient(stack.courseFunction().register)
        let admin = try await stack.learner(admin: true)
        let deleted = try await api.send("DELETE", "/api/v1/courses/{id}", ["id": course], as: admin)
        #expect(deleted.status == 204)
        for lesson in lessons { #expect(try await store.lesson(lesson) == nil) }
        let again = try await api.send("DELETE", "/api/v1/courses/{id}", ["id": course], as: admin)
        #expect(again.status == 404)
    }

    @Test func aLessonTheListingDoesNotShowStopsTheDeleteInsteadOfBeingOrphaned() async throws {
        let stack = try await JourneyStack.shared()
        let store = stack.catalogStore
        let (course, lessons) = try await Self.courseWithLessons(store, 1)
        // The course counts a lesson that the eventually consistent index does not list yet.
        var counter = DynamoDBUpdate()
        counter.add("lesson_count", 1)
        try await stack.dynamo.update(table: stack.catalogTable, key: CatalogKeys.course(course), update: counter)

        let error = try await #require(throws: StoreError.self) { try await store.deleteCourse(course) }
        #expect(error.code == .versionConflict)
        #expect(try await store.course(course) != nil, "nothing was deleted")
        #expect(try await store.lesson(lessons[0]) != nil)
    }

    @Test func aCourseWithMoreLessonsThanOneTransactionIsDeletedWhole() async throws {
        let stack = try await JourneyStack.shared()
        let store = stack.catalogStore
        let id = AdminCatalogTests.uniqueID("big")
        var record = Self.course(id)
        record.lessonCount = 101
        record.estimatedMinutes = 101 * 20
        var lessons = (0..<101).map { index in
            var lesson = Self.lesson("\(id)-l\(index)", course: id)
            lesson.position = index
            return lesson
        }
        lessons.shuffle()
        try await stack.dynamo.batchWrite(
            table: stack.catalogTable, puts: [try store.courseItem(record)] + lessons.map(store.lessonItem))

        try await store.deleteCourse(id)
        #expect(try await store.course(id) == nil)
        #expect(try await store.lessons(course: id).isEmpty, "no lesson is left behind")
    }

    @Test func lessonPositionsStayUniqueAfterADelete() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let admin = try await stack.learner(admin: true)
        let course = AdminCatalogTests.uniqueID("order")
        #expect(
            try await api.send("POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(course), as: admin).status
                == 201)
        var ids: [String] = []
        for name in ["a", "b", "c"] {
            let id = "\(course)-\(name)"
            let created = try await api.send(
                "POST", "/api/v1/courses/{id}/lessons", ["id": course], body: AdminCatalogTests.lessonBody(id),
                as: admin)
            #expect(created.status == 201)
            ids.append(id)
        }
        #expect(try await api.send("DELETE", "/api/v1/lessons/{id}", ["id": ids[0]], as: admin).status == 204)
        let last = "\(course)-d"
        _ = try await api.send(
            "POST", "/api/v1/courses/{id}/lessons", ["id": course], body: AdminCatalogTests.lessonBody(last), as: admin)

        let listed = try await stack.catalogStore.lessons(course: course)
        #expect(listed.map(\.id) == [ids[1], ids[2], last], "the new lesson goes last")
        #expect(Set(listed.map(\.position)).count == listed.count, "no two lessons share a position")
    }

    @Test func aNewLessonGoesAfterTheHighestPositionHandedOut() async throws {
        let stack = try await JourneyStack.shared()
        let store = stack.catalogStore
        let (course, _) = try await Self.courseWithLessons(store, 1)
        // Another lesson took position 7 meanwhile (its listing not visible yet).
        var taken = DynamoDBUpdate()
        taken.set("last_position", to: 7)
        try await stack.dynamo.update(table: stack.catalogTable, key: CatalogKeys.course(course), update: taken)

        let created = try await store.createLesson(Self.lesson("\(course)-next", course: course))
        #expect(created.position == 8)
        #expect(try await store.course(course)?.lessonCount == 2)
    }
}
