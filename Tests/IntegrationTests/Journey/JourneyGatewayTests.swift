import Foundation
import LocalGatewayCore
import Runtime
import Shared
import TestSupport
import Testing

/// The learner journey end to end through LocalGateway (HTTP API with the Cognito JWT authorizer) to the real AuthFn
/// and CourseFn processes, moto behind them; every response checked against `openapi.yaml`.
@Suite(
    "Learner journey through LocalGateway", .serialized,
    .enabled(if: MotoServer.isInstalled, "moto_server is not installed (pip install 'moto[server]')"))
struct JourneyGatewayTests {
    struct Client {
        let stack: GatewayStack
        let contract: JourneyContract

        /// `method route` with `{name}` parts filled from `parameters`, recorded for the contract check.
        func send(
            _ method: String, _ route: String, _ parameters: [String: String] = [:], query: String = "",
            json: Any? = nil, token: String? = nil, headers: [String: String] = [:]
        ) async throws -> (status: Int, body: [String: Any], response: HTTPResponse) {
            var path = route
            for (name, value) in parameters { path = path.replacingOccurrences(of: "{\(name)}", with: value) }
            var all = HTTPHeaders()
            for (name, value) in headers { all.add(name, value) }
            if let token { all.add("Authorization", "Bearer \(token)") }
            var body = Data()
            if let json {
                body = try JSONSerialization.data(withJSONObject: json)
                all.add("Content-Type", "application/json")
            }
            let response = try await stack.send(method, path + query, headers: all, body: body)
            try contract.record(method, route, response)
            let object = (try? JSONSerialization.jsonObject(with: response.body)) as? [String: Any] ?? [:]
            return (response.status, object, response)
        }
    }

    @Test func signUpToLogOutThroughTheGateway() async throws {
        let stack = try await JourneyGateway.stack()
        let client = Client(stack: stack, contract: JourneyContract())
        let email = "gw-\(UUID().uuidString.prefix(8).lowercased())@example.com"
        let password = "Gateway-Journey-42"
        let signUpBody = ["email": email, "password": password, "name": "Gia"]
        let key = ["Idempotency-Key": "gw-signup-\(UUID().uuidString)"]

        let signUp = try await client.send("POST", "/api/v1/auth/signup", json: signUpBody, headers: key)
        #expect(signUp.status == 201)
        let retry = try await client.send("POST", "/api/v1/auth/signup", json: signUpBody, headers: key)
        #expect(retry.status == 201, "a retried sign-up with its key is answered, not refused")
        #expect(retry.body["userId"] as? String == signUp.body["userId"] as? String)
        let sub = try #require(signUp.body["userId"] as? String)

        #expect(try await client.send("GET", "/api/v1/users/me").status == 401, "the authorizer wants a token")
        let verified = try await client.send(
            "GET", "/api/v1/auth/verify-email", query: "?email=\(email)&code=123456")
        #expect(verified.status == 200)
        let login = try await client.send("POST", "/api/v1/auth/login", json: ["email": email, "password": password])
        #expect(login.status == 200)
        let idToken = try #require(login.body["idToken"] as? String)
        let accessToken = try #require(login.body["accessToken"] as? String)
        let refreshToken = try #require(login.body["refreshToken"] as? String)

        let me = try await client.send("GET", "/api/v1/users/me", token: idToken)
        #expect(me.status == 200)
        #expect(me.body["userId"] as? String == sub, "the user id comes from the verified token")

        let certifications = try await client.send("GET", "/api/v1/certifications")
        #expect(certifications.status == 200, "certifications are public")
        let list = try await client.send(
            "GET", "/api/v1/courses", query: "?certification=CLF-C02&limit=2", token: idToken)
        #expect((list.body["items"] as? [Any])?.count == 2)
        #expect(list.body["nextToken"] is String)

        let enroll = try await client.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d1-cloud-concepts"], token: idToken)
        #expect(enroll.status == 201)
        let second = try await client.send(
            "POST", "/api/v1/courses/{id}/enroll", ["id": "clf-d2-security-compliance"], token: idToken)
        #expect(second.status == 403, "the free tier allows one course")
        #expect(second.response.headers["content-type"] == "application/problem+json")
        let locked = try await client.send(
            "GET", "/api/v1/lessons/{id}", ["id": "clf-well-architected-framework"], token: idToken)
        #expect(locked.status == 403)
        #expect(locked.body["lessonId"] as? String == "clf-cloud-benefits")
        let lessons = try await client.send(
            "GET", "/api/v1/courses/{id}/lessons", ["id": "clf-d1-cloud-concepts"], token: idToken)
        #expect((lessons.body["items"] as? [[String: Any]])?.first?["status"] as? String == "unlocked")

        let demo = try await stack.tokens(DemoUsers.learner).idToken ?? ""
        let demoCourses = try await client.send("GET", "/api/v1/courses/enrolled", token: demo)
        #expect(demoCourses.status == 200)
        #expect((demoCourses.body["items"] as? [Any])?.isEmpty == true, "another learner sees none of Gia's courses")

        let badGoals = try await client.send(
            "PUT", "/api/v1/users/me/goals", json: ["exam": "SAA-C03", "weeklyMinutes": 99_999], token: idToken)
        #expect(badGoals.status == 422)

        let logout = try await client.send("POST", "/api/v1/auth/logout", token: accessToken)
        #expect(logout.status == 204)
        let refresh = try await client.send("POST", "/api/v1/auth/refresh", json: ["refreshToken": refreshToken])
        #expect(refresh.status == 401, "logging out revoked the refresh token")

        let problems = try client.contract.problems()
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func administratorsWriteTheCatalogOnceAndRacesGiveOneConflict() async throws {
        let stack = try await JourneyGateway.stack()
        let client = Client(stack: stack, contract: JourneyContract())
        let admin = try await stack.tokens(DemoUsers.administrator).idToken ?? ""
        let learner = try await stack.tokens(DemoUsers.learner).idToken ?? ""
        let id = "gw-course-\(UUID().uuidString.prefix(8).lowercased())"
        let course: [String: Any] = [
            "id": id, "title": "Gateway course", "summary": "Created through the gateway.", "exam": "SAA-C03",
            "domain": 2, "level": "associate", "tier": "free", "services": ["Amazon SQS"],
        ]
        let key = ["Idempotency-Key": "gw-course-\(UUID().uuidString)"]

        let refused = try await client.send("POST", "/api/v1/courses", json: course, token: learner, headers: key)
        #expect(refused.status == 403, "a learner is not an administrator")
        let created = try await client.send("POST", "/api/v1/courses", json: course, token: admin, headers: key)
        #expect(created.status == 201)
        let replayed = try await client.send("POST", "/api/v1/courses", json: course, token: admin, headers: key)
        #expect(replayed.status == 201, "the same key twice: one course, the first answer again")
        #expect(replayed.response.body == created.response.body)

        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for title in ["One", "Two"] {
                let update = course.merging(["title": title, "version": 1]) { $1 }
                let body = try JSONSerialization.data(withJSONObject: update)
                group.addTask {
                    var headers = HTTPHeaders()
                    headers.add("Authorization", "Bearer \(admin)")
                    headers.add("Content-Type", "application/json")
                    return try await stack.send("PUT", "/api/v1/courses/\(id)", headers: headers, body: body).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }.sorted()
        }
        #expect(statuses == [200, 409], "two updates of version 1: exactly one conflict")

        let deleted = try await client.send("DELETE", "/api/v1/courses/{id}", ["id": id], token: admin)
        #expect(deleted.status == 204)
        let problems = try client.contract.problems()
        #expect(problems.isEmpty, "\(problems)")
    }
}
