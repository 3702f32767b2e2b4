import Foundation
import Runtime
import Shared
import TestSupport
import Testing

@testable import AuthFn
@testable import CourseFn

/// Writes whose first attempt landed but whose answer was lost (the fault proxy forwards the request to moto and then
/// garbles the answer's CRC, so the client sends it again), and transactions cancelled by a conflict: the caller gets
/// the success its request earned, not a refusal of its own write.
@Suite("Writes whose answer was lost", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct RetriedWriteTests {
    static func targets(_ proxy: FaultProxy) -> [String] {
        proxy.requests.compactMap { $0.header("X-Amz-Target")?.split(separator: ".").last.map(String.init) }
    }

    @Test func aCourseCreatedOnTheFirstAttemptAnswers201() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let api = JourneyClient(stack.courseFunction(writes: stack.dynamo(through: proxy)).register)
        let admin = try await stack.learner(admin: true)
        let id = AdminCatalogTests.uniqueID("lost")

        proxy.enqueue(.wrongCRC32)
        let created = try await api.send("POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id), as: admin)
        #expect(created.status == 201, "the put that landed is this request's own")
        #expect(Self.targets(proxy) == ["PutItem", "PutItem"])
        #expect(try await stack.catalogStore.course(id)?.version == 1)

        let taken = try await api.send("POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(id), as: admin)
        #expect(taken.status == 409, "a second request for the id is still refused")
    }

    @Test func aLessonCreatedOnTheFirstAttemptAnswers201AndIsCountedOnce() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let api = JourneyClient(stack.courseFunction(writes: stack.dynamo(through: proxy)).register)
        let admin = try await stack.learner(admin: true)
        let course = AdminCatalogTests.uniqueID("lost")
        #expect(
            try await api.send("POST", "/api/v1/courses", body: AdminCatalogTests.courseBody(course), as: admin).status
                == 201)
        proxy.clear()

        // The store reads the course and its lessons, then writes: the transaction's answer is lost.
        proxy.enqueue(.delay(.zero), .delay(.zero), .wrongCRC32)
        let lesson = AdminCatalogTests.uniqueID("lesson")
        let created = try await api.send(
            "POST", "/api/v1/courses/{id}/lessons", ["id": course], body: AdminCatalogTests.lessonBody(lesson),
            as: admin)
        #expect(created.status == 201)
        #expect(
            Array(Self.targets(proxy).prefix(4)) == ["GetItem", "Query", "TransactWriteItems", "TransactWriteItems"])
        let stored = try #require(try await stack.catalogStore.course(course))
        #expect(stored.lessonCount == 1, "the lesson is counted once")
        #expect(stored.estimatedMinutes == 20)
    }

    @Test func anUnenrollmentMadeOnTheFirstAttemptAnswers204() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let api = JourneyClient(stack.courseFunction(writes: stack.dynamo(through: proxy)).register)
        let learner = try await stack.learner()
        let course = "clf-d1-cloud-concepts"
        _ = try await stack.progressStore.enroll(user: learner.userID, course: course, limit: nil)

        proxy.enqueue(.wrongCRC32)
        let left = try await api.send("DELETE", "/api/v1/courses/{id}/enroll", ["id": course], as: learner)
        #expect(left.status == 204)
        #expect(Self.targets(proxy) == ["TransactWriteItems", "TransactWriteItems"])
        #expect(try await stack.progressStore.activeEnrollmentCount(user: learner.userID) == 0)
        let again = try await api.send("DELETE", "/api/v1/courses/{id}/enroll", ["id": course], as: learner)
        #expect(again.status == 404, "a later request still finds no enrollment")
    }

    @Test func aTransactionCancelledByAConflictIsRetried() async throws {
        let stack = try await JourneyStack.shared()
        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let api = JourneyClient(stack.courseFunction(writes: stack.dynamo(through: proxy)).register)
        let learner = try await stack.learner()
        let course = "clf-d1-cloud-concepts"
        _ = try await stack.progressStore.enroll(user: learner.userID, course: course, limit: nil)

        let body =
            #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"cancelled","#
            + #""CancellationReasons":[{"Code":"TransactionConflict"},{"Code":"None"}]}"#
        proxy.enqueue(.respond(FaultProxyResponse(status: 400, body: Data(body.utf8))))
        let left = try await api.send("DELETE", "/api/v1/courses/{id}/enroll", ["id": course], as: learner)
        #expect(left.status == 204, "a conflict with another transaction is not the caller's error")
        #expect(Self.targets(proxy) == ["TransactWriteItems", "TransactWriteItems"])
        #expect(try await stack.progressStore.enrollment(user: learner.userID, course: course)?.status == .inactive)
    }

    @Test func aSignUpWhoseAnswerWasLostAnswers201() async throws {
        let stack = try await JourneyStack.shared()
        let email = "lost-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let password = "CorrectHorse42battery"
        let auth = JourneyClient(stack.authFunction(cognito: try Self.losingSignUp(stack)).register)

        let signUp = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": password, "name": "Lu"], as: nil)
        #expect(signUp.status == 201, "the account Cognito made on the first attempt is this request's")
        let user = try await stack.cognito.adminGetUser(userPoolId: stack.poolID, username: email)
        #expect(signUp.string("userId") == user.attribute("sub"))
        #expect(try await stack.userStore.profile(try #require(user.attribute("sub")))?.name == "Lu")
    }

    @Test func aResentSignUpForSomeoneElsesAddressIsStill409() async throws {
        let stack = try await JourneyStack.shared()
        let email = "taken-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        _ = try await stack.cognito.signUp(
            clientId: stack.clientID, username: email, password: "OtherPerson42secret",
            attributes: ["email": email, "name": "Mo"])
        let auth = JourneyClient(stack.authFunction(cognito: try Self.losingSignUp(stack)).register)

        let signUp = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": "CorrectHorse42battery", "name": "Ne"],
            as: nil)
        #expect(signUp.status == 409, "another password: the account is not this request's")
    }

    /// A Cognito client of the stack's pool that loses the answer to its first `SignUp`.
    static func losingSignUp(_ stack: JourneyStack) throws -> CognitoClient {
        let aws = AWSClient(
            transport: AnswerLosingTransport(try CurlTransport(), losing: "SignUp"), credentials: stack.aws.credentials,
            sleep: { _ in })
        return CognitoClient(client: aws, region: stack.region, endpoint: stack.moto.endpoint)
    }
}
