import Foundation
import Shared
import TestSupport
import Testing

@testable import AuthFn
@testable import CourseFn

/// Every learner sees only their own data: the user id always comes from the verified token.
@Suite("Access between learners", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct AccessTests {
    @Test func aLearnerCannotReadAnotherLearnersData() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let courses = JourneyClient(stack.courseFunction().register)
        let ana = try await stack.learner(tier: .premium)
        let bo = try await stack.learner(tier: .premium)
        for course in ["saa-d1-secure-architectures", "clf-d1-cloud-concepts", "clf-d2-security-compliance"] {
            _ = try await courses.send("POST", "/api/v1/courses/{id}/enroll", ["id": course], as: ana)
        }
        try await stack.progressStore.saveLessonProgress(
            LessonProgressRecord(
                userId: ana.userID, lessonId: "clf-cloud-benefits", courseId: "clf-d1-cloud-concepts",
                status: .mastered, contentCompleted: true, minutesSpent: 30, masteredAt: StoreTime.text(Date()),
                updatedAt: StoreTime.text(Date())))

        let boProfile = try await auth.send("GET", "/api/v1/users/me", as: bo)
        #expect(boProfile.string("userId") == bo.userID)
        let boCourses = try await courses.send("GET", "/api/v1/courses/enrolled", as: bo)
        #expect(boCourses.items.isEmpty, "Ana's enrollments are not Bo's")
        let boStats = try await auth.send("GET", "/api/v1/users/me/stats", as: bo)
        #expect(boStats["lessonsMastered"] as? Int == 0)
        #expect(boStats["coursesEnrolled"] as? Int == 0)
        let boDetail = try await courses.send("GET", "/api/v1/courses/{id}", ["id": "clf-d1-cloud-concepts"], as: bo)
        #expect(boDetail["enrolled"] as? Bool == false)
        let statuses = (boDetail["lessons"] as? [[String: Any]] ?? []).compactMap { $0["status"] as? String }
        #expect(!statuses.contains("mastered"), "Ana's mastery does not unlock Bo's lessons")

        let anaPage = try await courses.send("GET", "/api/v1/courses/enrolled", query: ["limit": "1"], as: ana)
        let anaToken = try #require(anaPage.nextToken)
        let stolen = try await courses.send(
            "GET", "/api/v1/courses/enrolled", query: ["limit": "1", "nextToken": anaToken], as: bo)
        #expect(stolen.status == 400, "another learner's page token does not open their listing")
        let listing = try await courses.send("GET", "/api/v1/courses", query: ["nextToken": anaToken], as: ana)
        #expect(listing.status == 400, "a token of one listing does not start another")
        let edited = try await courses.send(
            "GET", "/api/v1/courses/enrolled", query: ["nextToken": anaToken + "A"], as: ana)
        #expect(edited.status == 400, "an edited token is refused")
    }
}
