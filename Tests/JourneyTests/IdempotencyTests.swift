import Foundation
import TestSupport
import Testing

@testable import AuthFn
@testable import CourseFn
@testable import Shared

/// `Idempotency-Key` on the creating POSTs: one effect per key, the first answer replayed, a different body refused.
@Suite("Idempotency keys", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct IdempotencyTests {
    @Test func theSameKeyTwiceCreatesOnceAndReplaysTheAnswer() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let admin = try await stack.learner(admin: true)
        let id = AdminCatalogTests.uniqueID("once")
        let key = "create-\(UUID().uuidString)"
        let first = try await api.send(
            "POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id), as: admin,
            headers: ["Idempotency-Key": key])
        #expect(first.status == 201)
        let second = try await api.send(
            "POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id), as: admin,
            headers: ["Idempotency-Key": key])
        #expect(second.status == 201, "the retry gets the first answer, not a 409 for the existing id")
        #expect(second.response.body == first.response.body)
        #expect(second.response.headers["Idempotent-Replayed"] == "true")
        #expect(second.response.headers["Location"] == "/api/v1/courses/\(id)")

        let other = try await api.send(
            "POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id, title: "Changed"), as: admin,
            headers: ["Idempotency-Key": key])
        #expect(other.status == 422, "the same key with another body is refused")
        #expect(other.errorFields == ["Idempotency-Key"])

        let someoneElse = try await stack.learner(admin: true)
        let theirs = try await api.send(
            "POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id), as: someoneElse,
            headers: ["Idempotency-Key": key])
        #expect(theirs.status == 409, "another caller's key is theirs: no replay of someone else's answer")
    }

    @Test func aKeyInUseAnswers409AndAFailureFreesIt() async throws {
        let stack = try await JourneyStack.shared()
        let api = JourneyClient(stack.courseFunction().register)
        let learner = try await stack.learner()
        let key = "enroll-\(UUID().uuidString)"
        let path = "/api/v1/courses/clf-d3-technology-services/enroll"
        let request = APIRequest(method: "POST", path: path, requestID: "r", principal: learner)
        let claim = try await stack.idempotencyStore.claim(
            id: "CourseFn#POST \(path)#\(learner.userID)#\(key)", requestHash: IdempotencyGuard.hash(request),
            now: Date(), lockSeconds: 60, ttlSeconds: 600)
        #expect(claim == .acquired)
        let busy = try await api.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d3-technology-services"], as: learner,
            headers: ["Idempotency-Key": key])
        #expect(busy.status == 409, "the same request is still running")
        #expect(try await stack.progressStore.activeEnrollmentCount(user: learner.userID) == 0)

        let failKey = "enroll-\(UUID().uuidString)"
        let refused = try await api.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "saa-d3-high-performing-architectures"], as: learner,
            headers: ["Idempotency-Key": failKey])
        #expect(refused.status == 403)
        let retried = try await api.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "saa-d3-high-performing-architectures"], as: learner,
            headers: ["Idempotency-Key": failKey])
        #expect(retried.status == 403, "a refusal is not stored: the retry runs again")
        #expect(retried.response.headers["Idempotent-Replayed"] == nil)

        let malformed = try await api.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], as: learner,
            headers: ["Idempotency-Key": "short"])
        #expect(malformed.status == 400)
    }

    @Test func aRetriedSignUpWithTheSameKeyIsOneAccount() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let email = "retry-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let body: [String: Any] = ["email": email, "password": "CorrectHorse42battery", "name": "Hu"]
        let key = "signup-\(UUID().uuidString)"
        let first = try await auth.send(
            "POST", "/api/v1/auth/signup", body: body, as: nil, headers: ["Idempotency-Key": key])
        let second = try await auth.send(
            "POST", "/api/v1/auth/signup", body: body, as: nil, headers: ["Idempotency-Key": key])
        #expect(first.status == 201)
        #expect(second.status == 201)
        #expect(first.string("userId") == second.string("userId"))
    }
}
