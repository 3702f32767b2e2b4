import Foundation
import Shared
import TestSupport
import Testing

@testable import AuthFn
@testable import CourseFn

/// Bad input on every route: a 4xx problem+json that names what is wrong, and nothing written.
@Suite("Bad input", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct BadInputTests {
    enum Function: String, Sendable { case auth, course }
    enum Caller: String, Sendable { case anonymous, learner, admin }

    struct Case: Sendable, CustomTestStringConvertible {
        var function: Function
        var method: String
        var route: String
        var parameters: [String: String] = [:]
        var query: [String: String] = [:]
        var body: String?
        var caller: Caller = .learner
        var status: Int
        var fields: [String] = []

        var testDescription: String { "\(method) \(route) \(body ?? query.description) → \(status)" }
    }

    static let newCourse = "bad-input-course"
    static let course =
        #"{"id":"bad-input-course","title":"T","summary":"S","exam":"SAA-C03","domain":1,"level":"associate","tier":"free","services":[]"#
    static let lesson =
        #"{"id":"bad-input-lesson","title":"T","taskStatement":"1.1","services":[],"estimatedMinutes":10,"prerequisites":[],"objectives":[],"body":"B""#

    static let cases: [Case] = [
        // AuthFn
        Case(function: .auth, method: "POST", route: "/api/v1/auth/signup", body: "{", caller: .anonymous, status: 400),
        Case(
            function: .auth, method: "POST", route: "/api/v1/auth/signup", body: #"{"email":"a@b.co"}"#,
            caller: .anonymous, status: 400),
        Case(
            function: .auth, method: "POST", route: "/api/v1/auth/signup",
            body: #"{"email":"not-an-email","password":"short","name":"","tier":"premium"}"#, caller: .anonymous,
            status: 422, fields: ["email", "name", "password", "tier"]),
        Case(function: .auth, method: "POST", route: "/api/v1/auth/login", body: "[]", caller: .anonymous, status: 400),
        Case(
            function: .auth, method: "POST", route: "/api/v1/auth/login", body: #"{"email":"x","password":""}"#,
            caller: .anonymous, status: 422, fields: ["email", "password"]),
        Case(
            function: .auth, method: "POST", route: "/api/v1/auth/refresh", body: #"{"refreshToken":7}"#,
            caller: .anonymous, status: 400),
        Case(
            function: .auth, method: "POST", route: "/api/v1/auth/forgot-password", body: #"{"email":"nope"}"#,
            caller: .anonymous, status: 422, fields: ["email"]),
        Case(
            function: .auth, method: "POST", route: "/api/v1/auth/reset-password",
            body: #"{"email":"a@b.co","code":"","newPassword":"weak"}"#, caller: .anonymous, status: 422,
            fields: ["code", "newPassword"]),
        Case(
            function: .auth, method: "GET", route: "/api/v1/auth/verify-email", query: ["email": "a@b.co"],
            caller: .anonymous, status: 400),
        Case(
            function: .auth, method: "GET", route: "/api/v1/auth/verify-email", query: ["email": "x", "code": "1"],
            caller: .anonymous, status: 422, fields: ["email"]),
        Case(function: .auth, method: "POST", route: "/api/v1/auth/logout", caller: .anonymous, status: 401),
        Case(function: .auth, method: "GET", route: "/api/v1/users/me", caller: .anonymous, status: 401),
        Case(function: .auth, method: "PUT", route: "/api/v1/users/me", body: "not json", status: 400),
        Case(
            function: .auth, method: "PUT", route: "/api/v1/users/me", body: #"{"name":"N","email":"x@y.z"}"#,
            status: 422, fields: ["email"]),
        Case(function: .auth, method: "GET", route: "/api/v1/users/me/stats", caller: .anonymous, status: 401),
        Case(
            function: .auth, method: "PUT", route: "/api/v1/users/me/goals", body: #"{"exam":"SAA-C03"}"#, status: 400),
        Case(
            function: .auth, method: "PUT", route: "/api/v1/users/me/goals",
            body: #"{"exam":"saa","weeklyMinutes":-1,"examDate":"tomorrow"}"#, status: 422,
            fields: ["exam", "examDate", "weeklyMinutes"]),
        Case(function: .auth, method: "DELETE", route: "/api/v1/users/me", status: 405),
        Case(function: .auth, method: "POST", route: "/api/v1/health", caller: .anonymous, status: 405),
        // CourseFn
        Case(function: .course, method: "POST", route: "/api/v1/certifications", caller: .anonymous, status: 405),
        Case(function: .course, method: "GET", route: "/api/v1/courses", query: ["limit": "0"], status: 400),
        Case(function: .course, method: "GET", route: "/api/v1/courses", query: ["limit": "ten"], status: 400),
        Case(
            function: .course, method: "GET", route: "/api/v1/courses", query: ["certification": "saa-c03"], status: 400
        ),
        Case(function: .course, method: "GET", route: "/api/v1/courses", query: ["level": "expert"], status: 400),
        Case(
            function: .course, method: "GET", route: "/api/v1/courses", query: ["nextToken": "forged.token"],
            status: 400),
        Case(function: .course, method: "GET", route: "/api/v1/courses", caller: .anonymous, status: 401),
        Case(function: .course, method: "POST", route: "/api/v1/courses", body: course, caller: .admin, status: 400),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses",
            body: course.replacingOccurrences(of: #""tier":"free""#, with: #""tier":"gold""#) + "}", caller: .admin,
            status: 422, fields: ["tier"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses",
            body: course.replacingOccurrences(of: "SAA-C03", with: "XYZ-C09") + "}", caller: .admin, status: 422,
            fields: ["exam"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses",
            body: course.replacingOccurrences(of: #""domain":1"#, with: #""domain":9"#) + "}", caller: .admin,
            status: 422, fields: ["domain"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses", body: course + #","lessonCount":99}"#,
            caller: .admin, status: 422, fields: ["lessonCount"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses",
            body: course.replacingOccurrences(of: "bad-input-course", with: "Bad Input!") + "}", caller: .admin,
            status: 422, fields: ["id"]),
        Case(function: .course, method: "GET", route: "/api/v1/courses/enrolled", query: ["limit": "101"], status: 400),
        Case(
            function: .course, method: "GET", route: "/api/v1/courses/{id}", parameters: ["id": "no-such-course"],
            status: 404),
        Case(
            function: .course, method: "PUT", route: "/api/v1/courses/{id}",
            parameters: ["id": "saa-d1-secure-architectures"],
            body: course + "}", caller: .admin, status: 422, fields: ["id", "version"]),
        Case(
            function: .course, method: "DELETE", route: "/api/v1/courses/{id}", parameters: ["id": "no-such-course"],
            caller: .admin, status: 404),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses/{id}/enroll",
            parameters: ["id": "no-such-course"], status: 404),
        Case(
            function: .course, method: "DELETE", route: "/api/v1/courses/{id}/enroll",
            parameters: ["id": "clf-d1-cloud-concepts"], status: 404),
        Case(
            function: .course, method: "GET", route: "/api/v1/courses/{id}/lessons",
            parameters: ["id": "clf-d1-cloud-concepts"],
            query: ["limit": "-3"], status: 400),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses/{id}/lessons",
            parameters: ["id": "saa-d1-secure-architectures"],
            body: lesson.replacingOccurrences(of: #""taskStatement":"1.1""#, with: #""taskStatement":"3.1""#) + "}",
            caller: .admin, status: 422, fields: ["taskStatement"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses/{id}/lessons",
            parameters: ["id": "saa-d1-secure-architectures"],
            body: lesson.replacingOccurrences(
                of: #""prerequisites":[]"#, with: #""prerequisites":["clf-cloud-benefits","ghost"]"#) + "}",
            caller: .admin, status: 422, fields: ["prerequisites", "prerequisites"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses/{id}/lessons",
            parameters: ["id": "saa-d1-secure-architectures"],
            body: lesson.replacingOccurrences(of: #""estimatedMinutes":10"#, with: #""estimatedMinutes":0"#) + "}",
            caller: .admin, status: 422, fields: ["estimatedMinutes"]),
        Case(
            function: .course, method: "POST", route: "/api/v1/courses/{id}/lessons",
            parameters: ["id": "no-such-course"],
            body: lesson + "}", caller: .admin, status: 404),
        Case(
            function: .course, method: "GET", route: "/api/v1/lessons/{id}", parameters: ["id": "no-such-lesson"],
            status: 404),
        Case(
            function: .course, method: "PUT", route: "/api/v1/lessons/{id}",
            parameters: ["id": "saa-iam-policy-evaluation"],
            body: "{\"id\":1}", caller: .admin, status: 400),
        Case(
            function: .course, method: "DELETE", route: "/api/v1/lessons/{id}", parameters: ["id": "no-such-lesson"],
            caller: .admin, status: 404),
        Case(function: .course, method: "PATCH", route: "/api/v1/lessons/{id}", parameters: ["id": "x"], status: 405),
    ]

    @Test(arguments: cases)
    func isRefusedWithAProblemAndWritesNothing(_ bad: Case) async throws {
        let stack = try await JourneyStack.shared()
        let client =
            bad.function == .auth
            ? JourneyClient(stack.authFunction().register) : JourneyClient(stack.courseFunction().register)
        let caller: Principal? =
            switch bad.caller {
            case .anonymous: nil
            case .learner: try await stack.learner()
            case .admin: try await stack.learner(admin: true)
            }
        let before = try await caller.asyncMap { try await stack.userStore.profile($0.userID) }
        let response = try await client.send(
            bad.method, bad.route, bad.parameters, query: bad.query, body: bad.body.map { Data($0.utf8) }, as: caller)
        #expect(response.status == bad.status, "\(response.text)")
        #expect(response.contentType == "application/problem+json")
        #expect(response["status"] as? Int == bad.status)
        #expect(!(response.string("detail") ?? "").isEmpty, "the detail says what is wrong")
        if !bad.fields.isEmpty { #expect(response.errorFields.sorted() == bad.fields.sorted()) }

        #expect(try await stack.catalogStore.course(Self.newCourse) == nil)
        #expect(try await stack.catalogStore.lesson("bad-input-lesson") == nil)
        #expect(try await stack.catalogStore.course("saa-d1-secure-architectures")?.version == 1)
        if let caller {
            let after = try await stack.userStore.profile(caller.userID)
            #expect(after == before?.flatMap { $0 }, "the caller's profile is unchanged")
            #expect(try await stack.progressStore.activeEnrollmentCount(user: caller.userID) == 0)
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
