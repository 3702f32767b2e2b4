import Foundation
import Shared
import TestSupport
import Testing

@testable import CourseFn

/// Enrollment within the tier's limit, under concurrency, and with courses that disappear.
@Suite("Enrollment", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct EnrollmentTests {
    @Test func aFreeLearnerEnrollingInTwoCoursesAtOnceGetsExactlyOne() async throws {
        let stack = try await JourneyStack.shared()
        let learner = try await stack.learner()
        let courses = ["clf-d1-cloud-concepts", "clf-d2-security-compliance", "clf-d3-technology-services"]
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for course in courses {
                group.addTask {
                    let api = JourneyClient(stack.courseFunction().register)
                    return try await api.send("POST", "/api/v1/courses/{id}/enroll", ["id": course], as: learner).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted()
        }
        #expect(statuses == [201, 403, 403])
        #expect(try await stack.progressStore.activeEnrollmentCount(user: learner.userID) == 1)
    }

    @Test func premiumLearnersHaveNoLimitAndEnrollmentIsIdempotent() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let learner = try await stack.learner(tier: .premium)
        for course in ["saa-d1-secure-architectures", "saa-d2-resilient-architectures", "clf-d1-cloud-concepts"] {
            #expect(
                try await api.send("POST", "/api/v1/courses/{id}/enroll", ["id": course], as: learner).status == 201)
            #expect(
                try await api.send("POST", "/api/v1/courses/{id}/enroll", ["id": course], as: learner).status == 201)
        }
        #expect(try await stack.progressStore.activeEnrollmentCount(user: learner.userID) == 3)
        let mine = try await api.send("GET", "/api/v1/courses/enrolled", query: ["limit": "2"], as: learner)
        #expect(mine.items.count == 2)
        let token = try #require(mine.nextToken)
        let rest = try await api.send(
            "GET", "/api/v1/courses/enrolled", query: ["limit": "2", "nextToken": token], as: learner)
        #expect(rest.items.count == 1)
        #expect(rest.nextToken == nil)

        #expect(
            try await api.send("DELETE", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: learner)
                .status == 204)
        #expect(
            try await api.send("DELETE", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: learner)
                .status == 404, "leaving twice: not enrolled any more")
        #expect(try await stack.progressStore.activeEnrollmentCount(user: learner.userID) == 2)
        #expect(
            try await api.send("POST", "/api/v1/courses/{id}/enroll", ["id": "no-such-course"], as: learner).status
                == 404)
    }

    @Test func anEnrollmentInADeletedCourseDoesNotHoldTheFreePlace() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let admin = try await stack.learner(admin: true)
        let learner = try await stack.learner()
        let id = AdminCatalogTests.uniqueID("short-lived")
        #expect(
            try await api.send("POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id), as: admin).status
                == 201)
        #expect(try await api.send("POST", "/api/v1/courses/{id}/enroll", ["id": id], as: learner).status == 201)
        #expect(try await api.send("DELETE", "/api/v1/courses/{id}", ["id": id], as: admin).status == 204)

        let next = try await api.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: learner)
        #expect(next.status == 201, "the place held by a deleted course is released")
        #expect(try await stack.progressStore.activeEnrollmentCount(user: learner.userID) == 1)
    }
}
