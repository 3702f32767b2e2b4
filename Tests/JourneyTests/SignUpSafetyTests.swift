import Foundation
import TestSupport
import Testing

@testable import AuthFn
@testable import Shared

/// What sign-up and the other account routes keep to themselves: no password-derived hash in the idempotency
/// record, one key space per address rather than one for every anonymous caller, a 201 once Cognito has the account
/// whatever fails after, and no Cognito text in the problems.
@Suite("Sign-up safety", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct SignUpSafetyTests {
    let password = "CorrectHorse42battery"

    func fresh() -> String { "safe-\(UUID().uuidString.prefix(8).lowercased())@example.com" }

    /// The idempotency records whose id ends with `key`.
    func records(_ stack: JourneyStack, key: String) async throws -> [IdempotencyRecord] {
        let items = try await stack.dynamo.scan(table: stack.idempotencyTable, filter: .contains("id", .s(key)))
            .collect()
        let decoder = DynamoDBDecoder(keyEncoding: .convertToSnakeCase)
        return try items.map { try decoder.decode(IdempotencyRecord.self, from: $0) }
    }

    @Test func theSignUpIdempotencyRecordHoldsNoPasswordDerivedHash() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let email = fresh()
        let key = "signup-\(UUID().uuidString)"
        let body = Data(#"{"email":"\#(email)","password":"\#(password)","name":"Ro"}"#.utf8)
        let created = try await auth.send(
            "POST", "/api/v1/auth/signup", body: body, as: nil, headers: ["Idempotency-Key": key])
        #expect(created.status == 201)

        let record = try #require(try await records(stack, key: key).first)
        let request = APIRequest(method: "POST", path: "/api/v1/auth/signup", body: body, requestID: "r")
        #expect(record.requestHash != IdempotencyGuard.hash(request), "the hash must not cover the password")
        var otherPassword = request
        otherPassword.body = Data(#"{"email":"\#(email)","password":"Different99password","name":"Ro"}"#.utf8)
        #expect(
            record.requestHash == IdempotencyGuard.hash(otherPassword, excluding: ["password"]),
            "whatever the password, the stored hash is the same")
        #expect(!record.id.contains("anonymous") && !record.id.contains(email), "keys are scoped by the address")
        let stored = String(decoding: record.responseBody ?? Data(), as: UTF8.self)
        #expect(!stored.contains(password))
    }

    @Test func anonymousCallersDoNotShareOneKeySpace() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let key = "shared-key-\(UUID().uuidString.prefix(8))"
        let first = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": fresh(), "password": password, "name": "Sa"], as: nil,
            headers: ["Idempotency-Key": key])
        let second = try await auth.send(
            "POST", "/api/v1/auth/signup", body: ["email": fresh(), "password": password, "name": "Te"], as: nil,
            headers: ["Idempotency-Key": key])
        #expect(first.status == 201)
        #expect(second.status == 201, "another address with the same key is another request, not a 422")
        #expect(first.string("userId") != second.string("userId"))
    }

    @Test func aSignUpAnswers201OnceCognitoHasTheAccountEvenIfTheProfileWriteFails() async throws {
        let stack = try await JourneyStack.shared()
        let broken = DynamoDBUserStore(client: stack.dynamo, table: "missing-\(stack.suffix)")
        let auth = JourneyClient(stack.authFunction(users: broken).register)
        let email = fresh()
        let key = "signup-\(UUID().uuidString)"
        let body: [String: Any] = ["email": email, "password": password, "name": "Uma"]
        let created = try await auth.send(
            "POST", "/api/v1/auth/signup", body: body, as: nil, headers: ["Idempotency-Key": key])
        #expect(created.status == 201, "the account exists: a 500 would make the retry a 409")
        let sub = try #require(created.string("userId"))
        let retried = try await auth.send(
            "POST", "/api/v1/auth/signup", body: body, as: nil, headers: ["Idempotency-Key": key])
        #expect(retried.status == 201)
        #expect(retried.response.headers["Idempotent-Replayed"] == "true")

        // The learner's first authenticated call writes the missing profile.
        let working = JourneyClient(stack.authFunction().register)
        let me = try await working.send("GET", "/api/v1/users/me", as: Principal(userID: sub, email: email))
        #expect(me.status == 200)
        #expect(try await stack.userStore.profile(sub)?.name == "Uma")
    }

    @Test func aThrottledGlobalSignOutAnswers429() async throws {
        let stack = try await JourneyStack.shared()
        let email = fresh()
        let output = try await stack.cognito.signUp(
            clientId: stack.clientID, username: email, password: password, attributes: ["email": email, "name": "Vi"])
        try await stack.cognito.adminConfirmSignUp(userPoolId: stack.poolID, username: email)
        let tokens = try await stack.cognito.signIn(clientId: stack.clientID, username: email, password: password)
        let access = try #require(tokens.authenticationResult?.accessToken)

        let proxy = try FaultProxy(upstream: stack.moto.endpoint)
        let cognito = CognitoClient(client: stack.aws, region: stack.region, endpoint: proxy.endpoint)
        let auth = JourneyClient(stack.authFunction(cognito: cognito).register)
        let throttled = FaultProxy.Fault.throttle(code: "TooManyRequestsException")
        proxy.enqueue(throttled, throttled, throttled)
        let me = Principal(userID: try #require(output.userSub), email: email, username: email)
        let answer = try await auth.send(
            "POST", "/api/v1/auth/logout", as: me, headers: ["Authorization": "Bearer \(access)"])
        #expect(answer.status == 429, "Cognito's throttling is the caller's to wait out, not a 500")
        #expect(answer.response.headers["Retry-After"] != nil)
        #expect(proxy.requests.count == 3, "the client retried within its policy first")
    }

    @Test func aChallengeThisAPIDoesNotOfferIsNamedOnlyInTheLog() async throws {
        let stack = try await JourneyStack.shared()
        let email = fresh()
        try await stack.cognito.adminCreateUser(userPoolId: stack.poolID, username: email, attributes: ["email": email])
        try await stack.cognito.adminSetUserPassword(
            userPoolId: stack.poolID, username: email, password: password, permanent: false)
        let auth = JourneyClient(stack.authFunction().register)
        let login = try await auth.send(
            "POST", "/api/v1/auth/login", body: ["email": email, "password": password], as: nil)
        #expect(login.status == 403)
        #expect(!login.text.contains("NEW_PASSWORD"), "Cognito's challenge name stays out of the problem")
        #expect(login.string("detail")?.contains("forgot-password") == true)
    }
}
