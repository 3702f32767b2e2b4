import Logging
import Runtime
import Shared

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// AuthFn: accounts over Cognito (sign-up, email verification, login, refresh, logout, password reset) and the
/// learner's own profile, goals and stats. Every route of DESIGN.md §3 for AuthFn, shaped as `openapi.yaml` says.
///
/// A profile is keyed by the Cognito `sub` and created with a conditional put, so a sign-up retried after any
/// failure, or a user whose sign-up was cut short, ends with exactly one profile: sign-up creates it, a repeated
/// sign-up of an existing account repairs it, and every authenticated route creates it when it is missing.
///
/// Whether an address has an account is not a secret here: sign-up answers 409 for a taken address, as
/// Cognito-backed apps commonly do (Cognito's own `SignUp` says so). What bounds that lookup is the API's throttling
/// (`ApiThrottlingRateLimit` in the template) and Cognito's `SignUp` quota. The other public routes add no cheaper
/// way to ask: login answers one 401 for an unknown address and a wrong password, and forgot-password 202 for any.
///
/// Email verification locally: moto's `ConfirmSignUp` accepts any code, so `GET /auth/verify-email?email=…&code=any`
/// confirms the address (moto does not mail one); `AdminConfirmSignUp` confirms without the route. Against AWS the
/// code arrives by email from Cognito. A password-reset code is returned by moto in the
/// `x-moto-forgot-password-confirmation-code` response header of `ForgotPassword`; codes without moto's
/// `moto-confirmation-code:` prefix are accepted as well.
struct AuthFunction: Sendable {
    var cognito: CognitoClient
    var userPoolID: String
    var clientID: String
    var users: any UserStore
    var progress: any ProgressStore
    var activity: any LearnerActivitySource
    /// The exams a goal may target; `nil` when the function has no catalog table (only the code's shape is checked).
    var catalog: (any CatalogStore)?
    var events: any SignUpEventPublisher
    var idempotency: IdempotencyGuard
    var clock: any AWSClock

    /// The health answer, the same bytes every time.
    static let healthy = APIResponse(
        status: 200, headers: ["content-type": "application/json"], body: Data(#"{"status":"ok"}"#.utf8))

    func register(on router: inout Router) {
        router.get("/api/v1/health", access: .public) { _, _ in Self.healthy }
        router.post("/api/v1/auth/signup", access: .public) { request, context in try await signUp(request, context) }
        router.post("/api/v1/auth/login", access: .public) { request, context in try await logIn(request, context) }
        router.post("/api/v1/auth/refresh", access: .public) { request, context in
            try await refresh(request, context)
        }
        router.post("/api/v1/auth/forgot-password", access: .public) { request, _ in try await forgotPassword(request) }
        router.post("/api/v1/auth/reset-password", access: .public) { request, _ in try await resetPassword(request) }
        router.get("/api/v1/auth/verify-email", access: .public) { request, context in
            try await verifyEmail(request, context)
        }
        router.post("/api/v1/auth/logout") { request, _ in try await logOut(request) }
        router.get("/api/v1/users/me") { request, context in try await getProfile(request, context) }
        router.put("/api/v1/users/me") { request, context in try await updateProfile(request, context) }
        router.get("/api/v1/users/me/stats") { request, _ in try await stats(request) }
        router.put("/api/v1/users/me/goals") { request, context in try await setGoals(request, context) }
    }

    /// The caller's profile, created from their Cognito attributes when it is missing, with `UserSignedUp`
    /// published if that has not happened yet.
    func ensureProfile(_ principal: Principal, _ context: LambdaContext) async throws -> UserProfile {
        if let profile = try await users.profile(principal.userID) {
            if profile.signupEventPublished != true { await publishSignUp(profile, context.logger) }
            return profile
        }
        let user = try await CognitoErrorMap.calling(.lookup) {
            try await cognito.adminGetUser(userPoolId: userPoolID, username: principal.username ?? principal.userID)
        }
        let attributes = user.attributes
        let email = attributes["email"] ?? principal.email ?? ""
        let now = StoreTime.text(clock.now())
        let created = try await users.createIfAbsent(
            UserProfile(
                userId: principal.userID, email: email, emailVerified: attributes["email_verified"] == "true",
                name: attributes["name"] ?? String(email.split(separator: "@").first ?? "learner"),
                createdAt: now, updatedAt: now)
        ).profile
        if created.signupEventPublished != true { await publishSignUp(created, context.logger) }
        return created
    }

    /// Publishes `UserSignedUp` for `profile` and records that it did; a failure is logged and retried by the
    /// learner's next authenticated call (the event id stays the same, so consumers act once).
    func publishSignUp(_ profile: UserProfile, _ logger: Logger) async {
        let event = UserSignedUp(
            userId: profile.userId, email: profile.email, name: profile.name, timezone: profile.timezone,
            targetExam: profile.goals?.exam, occurredAt: profile.createdAt)
        do {
            try await events.publish(event)
            try await users.markSignupEventPublished(profile.userId)
        } catch {
            logger.error(
                "UserSignedUp not published yet", metadata: ["error": "\(error)", "userId": "\(profile.userId)"])
        }
    }
}
