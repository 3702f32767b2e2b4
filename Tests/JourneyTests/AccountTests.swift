import Foundation
import Shared
import TestSupport
import Testing

@testable import AuthFn

/// AuthFn's account routes against moto's Cognito: each refusal as the problem the contract promises, and a
/// profile for every account however its sign-up went.
@Suite("Accounts", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct AccountTests {
    let password = "CorrectHorse42battery"

    func fresh() -> String { "user-\(UUID().uuidString.prefix(8).lowercased())@example.com" }

    @Test func signUpRefusalsAreClearProblems() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let email = fresh()
        let weak = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": "alllowercase12", "name": "W"], as: nil)
        #expect(weak.status == 422, "a password the pool's policy refuses is a 422")
        #expect(weak.errorFields == ["password"])
        #expect(try await stack.profiles(email: email).isEmpty, "nothing is written for a refused sign-up")

        let first = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": password, "name": "Bo"], as: nil)
        #expect(first.status == 201)
        let again = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": password, "name": "Bo"], as: nil)
        #expect(again.status == 409, "an existing account is a 409")
        #expect(again.contentType == "application/problem+json")

        let retired = try await auth.send(
            "POST", "/api/v1/auth/signup",
            body: ["email": fresh(), "password": password, "name": "Cy", "targetExam": "SOA-C02"], as: nil)
        #expect(retired.status == 422, "a retired exam cannot be the target")
        #expect(retired.errorFields == ["targetExam"])
    }

    @Test func aSignUpCutShortGetsItsProfileOnTheNextCall() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let email = fresh()
        // Cognito has the account, the Users table has no profile: the first sign-up stopped in between.
        let output = try await stack.cognito.signUp(
            clientId: stack.clientID, username: email, password: password, attributes: ["email": email, "name": "Di"])
        let sub = try #require(output.userSub)
        #expect(try await stack.userStore.profile(sub) == nil)

        let retry = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": password, "name": "Di"], as: nil)
        #expect(retry.status == 409)
        let repaired = try #require(try await stack.userStore.profile(sub), "the repeated sign-up repaired the profile")
        #expect(repaired.email == email)
        #expect(repaired.name == "Di")
        #expect(repaired.signupEventPublished == true)

        let other = try await stack.cognito.signUp(
            clientId: stack.clientID, username: fresh(), password: password, attributes: ["name": "Ed"])
        let otherSub = try #require(other.userSub)
        let me = try await auth.send(
            "GET", "/api/v1/users/me", as: Principal(userID: otherSub, username: otherSub))
        #expect(me.status == 200, "an authenticated call creates a missing profile")
        #expect(me.string("name") == "Ed")
        #expect(try await stack.userStore.profile(otherSub) != nil)
    }

    @Test func logInRefusalsAndPasswordReset() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let email = fresh()
        _ = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": email, "password": password, "name": "Fa"], as: nil)
        try await stack.cognito.adminConfirmSignUp(userPoolId: stack.poolID, username: email)

        let wrong = try await auth.send(
            "POST", "/api/v1/auth/login", body: ["email": email, "password": "Wrong-password-1"], as: nil)
        #expect(wrong.status == 401)
        let unknown = try await auth.send(
            "POST", "/api/v1/auth/login", body: ["email": fresh(), "password": password], as: nil)
        #expect(unknown.status == 401, "an unknown address answers exactly like a wrong password")
        #expect(unknown.string("detail") == wrong.string("detail"))

        let forgot = try await auth.send("POST", "/api/v1/auth/forgot-password", body: ["email": email], as: nil)
        #expect(forgot.status == 202)
        let forgotUnknown = try await auth.send(
            "POST", "/api/v1/auth/forgot-password", body: ["email": fresh()], as: nil)
        #expect(forgotUnknown.status == 202, "the route does not tell whether an address has an account")

        let weak = try await auth.send(
            "POST", "/api/v1/auth/reset-password",
            body: ["email": email, "code": "123456", "newPassword": "nouppercase123"], as: nil)
        #expect(weak.status == 422)
        #expect(weak.errorFields == ["newPassword"])
        let newPassword = "Another-Horse-77-battery"
        let reset = try await auth.send(
            "POST", "/api/v1/auth/reset-password",
            body: ["email": email, "code": "123456", "newPassword": newPassword],
            as: nil)
        #expect(reset.status == 204)
        let login = try await auth.send(
            "POST", "/api/v1/auth/login", body: ["email": email, "password": newPassword], as: nil)
        #expect(login.status == 200, "the new password works")

        let badRefresh = try await auth.send(
            "POST", "/api/v1/auth/refresh", body: ["refreshToken": "not-a-token"], as: nil)
        #expect(badRefresh.status == 401)
    }

    @Test func profileUpdatesAreValidatedAndVersioned() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let me = try await stack.learner()
        let before = try await auth.send("GET", "/api/v1/users/me", as: me)
        let version = try #require(before["version"] as? Int)

        let updated = try await auth.send(
            "PUT", "/api/v1/users/me", body: ["name": "Gil", "timezone": "Asia/Kolkata", "version": version], as: me)
        #expect(updated.status == 200)
        #expect(updated.string("name") == "Gil")
        #expect(updated["version"] as? Int == version + 1)
        let stale = try await auth.send(
            "PUT", "/api/v1/users/me", body: ["level": "advanced", "version": version], as: me)
        #expect(stale.status == 409, "a stale version is refused")

        for body: [String: Any] in [
            ["tier": "premium"], ["name": "Gil", "isAdmin": true], ["timezone": "Mars/Olympus"], ["level": "expert"],
            [:], ["name": ""],
        ] {
            let refused = try await auth.send("PUT", "/api/v1/users/me", body: body, as: me)
            #expect(refused.status == 422, "\(body) is refused")
        }
        let after = try #require(try await stack.userStore.profile(me.userID))
        #expect(after.tier == .free)
        #expect(after.version == version + 1, "refused updates wrote nothing")
    }

    @Test(arguments: [
        (#"{"exam":"XYZ-C01","weeklyMinutes":210}"#, "exam"),
        (#"{"exam":"SOA-C02","weeklyMinutes":210}"#, "exam"),
        (#"{"exam":"SAA-C03","weeklyMinutes":5041}"#, "weeklyMinutes"),
        (#"{"exam":"SAA-C03","weeklyMinutes":210,"examDate":"2020-01-01"}"#, "examDate"),
        (#"{"exam":"SAA-C03","weeklyMinutes":210,"examDate":"2031-02-30"}"#, "examDate"),
        (#"{"exam":"SAA-C03","weeklyMinutes":210,"dailyMinutes":30}"#, "dailyMinutes"),
    ])
    func goalsAreRefusedNamingTheField(_ body: String, _ field: String) async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let me = try await stack.learner()
        let refused = try await auth.send("PUT", "/api/v1/users/me/goals", body: Data(body.utf8), as: me)
        #expect(refused.status == 422)
        #expect(refused.errorFields == [field])
        #expect(try await stack.userStore.profile(me.userID)?.goals == nil, "a refused goal writes nothing")
    }
}
