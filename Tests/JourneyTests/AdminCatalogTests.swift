import Foundation
import Shared
import TestSupport
import Testing

@testable import CourseFn

/// The administrators' catalog writes: validation before any write, ids that stay unique, counters kept in step,
/// and optimistic concurrency on the version.
@Suite("Catalog administration", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct AdminCatalogTests {
    static func courseBody(_ id: String, version: Int? = nil, title: String = "Networking deep dive") -> [String: Any] {
        var body: [String: Any] = [
            "id": id, "title": title, "summary": "VPC design for the SAA-C03 exam.", "exam": "SAA-C03", "domain": 1,
            "level": "associate", "tier": "free", "services": ["Amazon VPC"],
        ]
        if let version { body["version"] = version }
        return body
    }

    static func lessonBody(_ id: String, prerequisites: [String] = [], minutes: Int = 20) -> [String: Any] {
        [
            "id": id, "title": "Subnets and routing", "taskStatement": "1.2", "services": ["Amazon VPC"],
            "estimatedMinutes": minutes, "prerequisites": prerequisites, "objectives": ["Route traffic"],
            "body": "# Subnets and routing\n\nRoutes decide where packets go.",
        ]
    }

    static func uniqueID(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())" }

    @Test func createUpdateAndDeleteACourseWithLessons() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let admin = try await stack.learner(admin: true)
        let id = Self.uniqueID("net")

        let created = try await api.send("POST", "/api/v1/courses", body: Self.courseBody(id), as: admin)
        #expect(created.status == 201)
        #expect(created.response.headers["Location"] == "/api/v1/courses/\(id)")
        #expect(created["version"] as? Int == 1)
        let duplicate = try await api.send("POST", "/api/v1/courses", body: Self.courseBody(id), as: admin)
        #expect(duplicate.status == 409, "course ids are unique")

        let lessonID = Self.uniqueID("subnets")
        let lesson = try await api.send(
            "POST", "/api/v1/courses/{id}/lessons", ["id": id],
            body: Self.lessonBody(lessonID, prerequisites: ["saa-vpc-network-security"]), as: admin)
        #expect(lesson.status == 201)
        #expect(lesson.string("status") == "locked", "its prerequisite is not mastered by this caller")
        let second = Self.uniqueID("peering")
        _ = try await api.send(
            "POST", "/api/v1/courses/{id}/lessons", ["id": id],
            body: Self.lessonBody(second, prerequisites: [lessonID]),
            as: admin)
        var course = try #require(try await stack.catalogStore.course(id))
        #expect(course.lessonCount == 2)
        #expect(course.estimatedMinutes == 40, "lesson minutes are counted atomically")

        let cycle = try await api.send(
            "PUT", "/api/v1/lessons/{id}", ["id": lessonID],
            body: Self.lessonBody(lessonID, prerequisites: [second]).merging(["version": 1]) { $1 }, as: admin)
        #expect(cycle.status == 422, "a prerequisite that depends on the lesson would form a cycle")
        #expect(cycle.errorFields == ["prerequisites"])

        let longer = try await api.send(
            "PUT", "/api/v1/lessons/{id}", ["id": lessonID],
            body: Self.lessonBody(lessonID, minutes: 50).merging(["version": 1]) { $1 }, as: admin)
        #expect(longer.status == 200)
        #expect(longer["version"] as? Int == 2)
        course = try #require(try await stack.catalogStore.course(id))
        #expect(course.estimatedMinutes == 70)

        let removed = try await api.send("DELETE", "/api/v1/lessons/{id}", ["id": second], as: admin)
        #expect(removed.status == 204)
        course = try #require(try await stack.catalogStore.course(id))
        #expect(course.lessonCount == 1)
        #expect(course.estimatedMinutes == 50)

        let renamed = try await api.send(
            "PUT", "/api/v1/courses/{id}", ["id": id], body: Self.courseBody(id, version: 1, title: "VPC design"),
            as: admin)
        #expect(renamed.status == 200)
        #expect(renamed.string("title") == "VPC design")
        #expect(renamed["lessonCount"] as? Int == 1, "an update keeps the counters")
        let moved = try await api.send(
            "PUT", "/api/v1/courses/{id}", ["id": id],
            body: Self.courseBody(id, version: 2).merging(["domain": 2]) { $1 }, as: admin)
        #expect(moved.status == 422, "a course with lessons cannot change domain")

        let deleted = try await api.send("DELETE", "/api/v1/courses/{id}", ["id": id], as: admin)
        #expect(deleted.status == 204)
        #expect(try await stack.catalogStore.lesson(lessonID) == nil, "deleting a course deletes its lessons")
        let gone = try await api.send("GET", "/api/v1/courses/{id}", ["id": id], as: admin)
        #expect(gone.status == 404)
        let deletedAgain = try await api.send("DELETE", "/api/v1/courses/{id}", ["id": id], as: admin)
        #expect(deletedAgain.status == 404)
    }

    @Test func twoConcurrentUpdatesOfOneCourseGiveExactlyOneConflict() async throws {
        let stack = try await JourneyStack.shared()
        let admin = try await stack.learner(admin: true)
        let id = Self.uniqueID("race")
        let setup = JourneyClient(stack.courseFunction().register)
        #expect(try await setup.send("POST", "/api/v1/courses", body: Self.courseBody(id), as: admin).status == 201)

        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for title in ["First title", "Second title"] {
                group.addTask {
                    // Two warm containers, each with its own cache, both holding version 1.
                    let api = JourneyClient(stack.courseFunction().register)
                    let body = Self.courseBody(id, version: 1, title: title)
                    return try await api.send("PUT", "/api/v1/courses/{id}", ["id": id], body: body, as: admin).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted()
        }
        #expect(statuses == [200, 409])
        #expect(try await stack.catalogStore.course(id)?.version == 2)

        let stale = try await setup.send(
            "PUT", "/api/v1/courses/{id}", ["id": id], body: Self.courseBody(id, version: 1), as: admin)
        #expect(stale.status == 409)
        let unversioned = try await setup.send(
            "PUT", "/api/v1/courses/{id}", ["id": id], body: Self.courseBody(id), as: admin)
        #expect(unversioned.status == 422, "an update must say which version it read")
        #expect(unversioned.errorFields == ["version"])
    }

    @Test func learnersGetForbiddenOnEveryAdminRoute() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let learner = try await stack.learner(tier: .enterprise)
        let id = "clf-d1-cloud-concepts"
        let lesson = "clf-cloud-benefits"
        let calls: [(String, String, [String: String], [String: Any]?)] = [
            ("POST", "/api/v1/courses", [:], Self.courseBody(Self.uniqueID("x"))),
            ("PUT", "/api/v1/courses/{id}", ["id": id], Self.courseBody(id, version: 1)),
            ("DELETE", "/api/v1/courses/{id}", ["id": id], nil),
            ("POST", "/api/v1/courses/{id}/lessons", ["id": id], Self.lessonBody(Self.uniqueID("y"))),
            ("PUT", "/api/v1/lessons/{id}", ["id": lesson], Self.lessonBody(lesson)),
            ("DELETE", "/api/v1/lessons/{id}", ["id": lesson], nil),
        ]
        for (method, route, parameters, body) in calls {
            let forbidden = try await api.send(method, route, parameters, body: body, as: learner)
            #expect(forbidden.status == 403, "\(method) \(route) is for administrators")
            let anonymous = try await api.send(method, route, parameters, body: body, as: nil)
            #expect(anonymous.status == 401, "\(method) \(route) needs a token")
        }
        #expect(try await stack.catalogStore.course(id)?.version == 1, "nothing was written")
        #expect(try await stack.catalogStore.lesson(lesson) != nil)
    }
}
