import Logging
import Runtime
import Shared

/// The account routes over Cognito: sign-up, email verification, login, refresh, logout and password reset.
extension AuthFunction {
    /// `POST /auth/signup`: 201 with the new user's id. A retry with the same `Idempotency-Key` replays the answer;
    /// a sign-up for an existing address answers 409 after making sure that account has its profile.
    func signUp(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        try await idempotency.run(request, caller: "anonymous", logger: context.logger) {
            let input = try request.decode(AuthRequest.SignUp.self)
            if let exam = input.targetExam { try await checkExam(exam, field: "targetExam") }
            let output: CognitoSignUpOutput
            do {
                output = try await cognito.signUp(
                    clientId: clientID, username: input.email, password: input.password,
                    attributes: ["email": input.email, "name": input.name])
            } catch let error as AWSError where error.code == .usernameExists {
                await repairProfile(email: input.email, context)
                throw CognitoErrorMap.apiError(error, during: .signUp) ?? error
            } catch let error as AWSError {
                throw CognitoErrorMap.apiError(error, during: .signUp) ?? error
            }
            guard let sub = output.userSub else {
                throw AWSError(code: .malformedResponse, status: 200, message: "SignUp answered without UserSub")
            }
            let now = StoreTime.text(clock.now())
            let profile = try await users.createIfAbsent(
                UserProfile(
                    userId: sub, email: input.email, emailVerified: output.userConfirmed ?? false, name: input.name,
                    timezone: input.timezone ?? "UTC",
                    goals: input.targetExam.map { ProfileGoals(exam: $0, weeklyMinutes: 210) }, createdAt: now,
                    updatedAt: now)
            ).profile
            await publishSignUp(profile, context.logger)
            return try .json(
                AuthAPI.SignUpResponse(userId: sub, email: input.email, emailVerified: profile.emailVerified),
                status: 201)
        }
    }

    /// Makes sure the existing account of `email` has a profile (a first sign-up may have stopped between Cognito and
    /// the table). Failures are only logged: the caller answers 409 either way.
    private func repairProfile(email: String, _ context: LambdaContext) async {
        do {
            let user = try await cognito.adminGetUser(userPoolId: userPoolID, username: email)
            let attributes = Dictionary((user.userAttributes ?? []).map { ($0.name, $0.value) }) { first, _ in first }
            guard let sub = attributes["sub"] else { return }
            let principal = Principal(userID: sub, email: email, username: user.username)
            _ = try await ensureProfile(principal, context)
        } catch {
            context.logger.warning("profile repair after a repeated sign-up failed", metadata: ["error": "\(error)"])
        }
    }

    /// `GET /auth/verify-email?email=…&code=…`: confirms the address with the mailed code.
    func verifyEmail(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        guard let email = try request.queryParameter("email", as: String.self)?.trimmingWhitespace().lowercased(),
            let code = try request.queryParameter("code", as: String.self)?.trimmingWhitespace()
        else { throw APIError.badRequest("Query parameters 'email' and 'code' are required.") }
        var check = Validator()
        check.email(email, "email")
        check.require(ProfileRules.isCode(code), "code", "must be the code from the email")
        guard check.errors.isEmpty else { throw APIError.unprocessable(check.errors) }
        try await CognitoErrorMap.calling(.confirmSignUp) {
            try await cognito.confirmSignUp(clientId: clientID, username: email, code: code)
        }
        let user = try await CognitoErrorMap.calling(.lookup) {
            try await cognito.adminGetUser(userPoolId: userPoolID, username: email)
        }
        if let sub = user.userAttributes?.first(where: { $0.name == "sub" })?.value {
            let principal = Principal(userID: sub, email: email, username: user.username)
            let profile = try await ensureProfile(principal, context)
            if !profile.emailVerified { try await users.markEmailVerified(sub) }
        }
        return try .json(AuthAPI.EmailVerification(email: email, emailVerified: true))
    }

    /// `POST /auth/login`: tokens for a confirmed account.
    func logIn(_ request: APIRequest) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.Login.self)
        let output = try await CognitoErrorMap.calling(.signIn) {
            try await cognito.signIn(clientId: clientID, username: input.email, password: input.password)
        }
        return try .json(try tokens(output, keepRefresh: true))
    }

    /// `POST /auth/refresh`: new access and id tokens; the refresh token stays the same.
    func refresh(_ request: APIRequest) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.Refresh.self)
        let output = try await CognitoErrorMap.calling(.refresh) {
            try await cognito.refresh(clientId: clientID, refreshToken: input.refreshToken)
        }
        return try .json(try tokens(output, keepRefresh: false))
    }

    /// `POST /auth/logout`: revokes every token of the caller. With an access token as the bearer, Cognito's
    /// `GlobalSignOut` does it with that token; an id token (which `GlobalSignOut` refuses) falls back to
    /// `AdminUserGlobalSignOut` on the caller's user name.
    func logOut(_ request: APIRequest) async throws -> APIResponse {
        let principal = try caller(request)
        if let token = Self.bearerToken(request) {
            do {
                try await cognito.globalSignOut(accessToken: token)
                return .noContent
            } catch let error as AWSError where error.code == .notAuthorized {
                // Not an access token: sign out by user name below.
            }
        }
        try await CognitoErrorMap.calling(.signOut) {
            try await cognito.adminUserGlobalSignOut(
                userPoolId: userPoolID, username: principal.username ?? principal.userID)
        }
        return .noContent
    }

    /// The token of an `Authorization: Bearer …` header.
    static func bearerToken(_ request: APIRequest) -> String? {
        guard let header = request.header("authorization") else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = String(parts[1]).trimmingWhitespace()
        return token.isEmpty ? nil : token
    }

    /// `POST /auth/forgot-password`: 202 whether or not the address has an account, so the route does not tell.
    func forgotPassword(_ request: APIRequest) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.ForgotPassword.self)
        do {
            try await cognito.forgotPassword(clientId: clientID, username: input.email)
        } catch let error as AWSError
            where ["UserNotFoundException", "InvalidParameterException", "NotAuthorizedException"]
            .contains(error.code.rawValue)
        {
            // Unknown or unverified address: answer as for any other, revealing nothing.
        } catch let error as AWSError {
            throw CognitoErrorMap.apiError(error, during: .forgotPassword) ?? error
        }
        return try .json(
            AuthAPI.Accepted(message: "If an account uses this address, a reset code is on its way."), status: 202)
    }

    /// `POST /auth/reset-password`: sets the new password with the mailed code.
    func resetPassword(_ request: APIRequest) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.ResetPassword.self)
        try await CognitoErrorMap.calling(.resetPassword) {
            try await cognito.confirmForgotPassword(
                clientId: clientID, username: input.email, code: input.code, newPassword: input.newPassword)
        }
        return .noContent
    }

    /// The `Tokens` body of a successful sign-in or refresh.
    /// - Throws: ``APIError`` 403 when Cognito asks for a challenge this API does not offer (a new password).
    private func tokens(_ output: CognitoInitiateAuthOutput, keepRefresh: Bool) throws -> AuthAPI.Tokens {
        guard let result = output.authenticationResult, let access = result.accessToken, let id = result.idToken else {
            throw APIError.forbidden(
                "This account must complete a step this API does not offer (\(output.challengeName ?? "challenge")); "
                    + "reset the password with /api/v1/auth/forgot-password.")
        }
        return AuthAPI.Tokens(
            accessToken: access, idToken: id, refreshToken: keepRefresh ? result.refreshToken : nil,
            expiresIn: result.expiresIn ?? 3600)
    }
}
