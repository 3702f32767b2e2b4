import Logging
import Runtime
import Shared

/// The account routes over Cognito: sign-up, email verification, login, refresh, logout and password reset.
extension AuthFunction {
    /// `POST /auth/signup`: 201 with the new user's id. A retry with the same `Idempotency-Key` (scoped to the
    /// address, the password left out of the stored hash) replays the answer; a sign-up for an existing address
    /// answers 409 after making sure that account has its profile. Once Cognito has created the account the answer
    /// is 201 whatever follows: the profile and the `UserSignedUp` event are repaired by the learner's first
    /// authenticated call when writing them here fails.
    func signUp(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.SignUp.self)
        let scope = "signup:" + SHA256.hash(Array(input.email.utf8)).hex
        return try await idempotency.run(request, caller: scope, secretFields: ["password"], logger: context.logger) {
            if let exam = input.targetExam { try await checkExam(exam, field: "targetExam") }
            let account = try await createAccount(input, context)
            let now = StoreTime.text(clock.now())
            let profile = UserProfile(
                userId: account.sub, email: input.email, emailVerified: account.confirmed, name: input.name,
                timezone: input.timezone ?? "UTC",
                goals: input.targetExam.map { ProfileGoals(exam: $0, weeklyMinutes: 210) }, createdAt: now,
                updatedAt: now)
            do {
                let stored = try await users.createIfAbsent(profile).profile
                await publishSignUp(stored, context.logger)
            } catch {
                context.logger.error(
                    "profile not written after sign-up; the first authenticated call creates it",
                    metadata: ["error": "\(error)", "userId": "\(account.sub)"])
            }
            return try .json(
                AuthAPI.SignUpResponse(userId: account.sub, email: input.email, emailVerified: account.confirmed),
                status: 201)
        }
    }

    /// Creates the Cognito account, or finds the one an earlier attempt of this very request created: when the client
    /// had to resend `SignUp` (a timeout or a reset may hide an account that was made) and Cognito then answers that
    /// the name exists, a sign-in with the same password that Cognito refuses only for the unconfirmed address shows
    /// the account is this request's.
    /// - Throws: ``APIError`` 409 for an address someone else holds, the mapped problems of Cognito's refusals.
    private func createAccount(
        _ input: AuthRequest.SignUp, _ context: LambdaContext
    ) async throws -> (sub: String, confirmed: Bool) {
        let output: CognitoSignUpOutput
        do {
            output = try await cognito.signUp(
                clientId: clientID, username: input.email, password: input.password,
                attributes: ["email": input.email, "name": input.name])
        } catch let error as AWSError where error.code == .usernameExists {
            if error.attempts > 1, let sub = await ownAccount(input) { return (sub, false) }
            await repairProfile(email: input.email, context)
            throw CognitoErrorMap.apiError(error, during: .signUp) ?? error
        } catch let error as AWSError {
            throw CognitoErrorMap.apiError(error, during: .signUp) ?? error
        }
        guard let sub = output.userSub else {
            throw AWSError(code: .malformedResponse, status: 200, message: "SignUp answered without UserSub")
        }
        return (sub, output.userConfirmed ?? false)
    }

    /// The `sub` of the unconfirmed account of `input.email` when its password is `input.password`; `nil` otherwise
    /// or when Cognito cannot tell.
    private func ownAccount(_ input: AuthRequest.SignUp) async -> String? {
        do {
            _ = try await cognito.signIn(clientId: clientID, username: input.email, password: input.password)
            return nil
        } catch let error as AWSError where error.code.rawValue == "UserNotConfirmedException" {
            let user = try? await cognito.adminGetUser(userPoolId: userPoolID, username: input.email)
            return user?.attribute("sub")
        } catch {
            return nil
        }
    }

    /// Makes sure the existing account of `email` has a profile (a first sign-up may have stopped between Cognito and
    /// the table). Failures are only logged: the caller answers 409 either way.
    private func repairProfile(email: String, _ context: LambdaContext) async {
        do {
            let user = try await cognito.adminGetUser(userPoolId: userPoolID, username: email)
            guard let sub = user.attribute("sub") else { return }
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
        if let sub = user.attribute("sub") {
            let principal = Principal(userID: sub, email: email, username: user.username)
            let profile = try await ensureProfile(principal, context)
            if !profile.emailVerified { try await users.markEmailVerified(sub) }
        }
        return try .json(AuthAPI.EmailVerification(email: email, emailVerified: true))
    }

    /// `POST /auth/login`: tokens for a confirmed account.
    func logIn(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.Login.self)
        let output = try await CognitoErrorMap.calling(.signIn) {
            try await cognito.signIn(clientId: clientID, username: input.email, password: input.password)
        }
        return try .json(try tokens(output, keepRefresh: true, context.logger))
    }

    /// `POST /auth/refresh`: new access and id tokens; the refresh token stays the same.
    func refresh(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let input = try request.decode(AuthRequest.Refresh.self)
        let output = try await CognitoErrorMap.calling(.refresh) {
            try await cognito.refresh(clientId: clientID, refreshToken: input.refreshToken)
        }
        return try .json(try tokens(output, keepRefresh: false, context.logger))
    }

    /// `POST /auth/logout`: revokes every token of the caller. With an access token as the bearer, Cognito's
    /// `GlobalSignOut` does it with that token; an id token (which `GlobalSignOut` refuses) falls back to
    /// `AdminUserGlobalSignOut` on the caller's user name.
    func logOut(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        if let token = Self.bearerToken(request) {
            do {
                try await cognito.globalSignOut(accessToken: token)
                return .noContent
            } catch let error as AWSError where error.code == .notAuthorized {
                // Not an access token: sign out by user name below.
            } catch let error as AWSError {
                throw CognitoErrorMap.apiError(error, during: .signOut) ?? error
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

    /// `POST /auth/forgot-password`: 202 whether or not the address has an account. This does not hide which
    /// addresses have accounts (sign-up answers 409 for a taken one, see ``AuthFunction``); it keeps this route from
    /// being a second, unthrottled way to ask.
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
    /// - Throws: ``APIError`` 403 when Cognito asks for a challenge this API does not offer (a new password); the
    ///   challenge's name goes to the log only.
    private func tokens(
        _ output: CognitoInitiateAuthOutput, keepRefresh: Bool, _ logger: Logger
    ) throws -> AuthAPI.Tokens {
        guard let result = output.authenticationResult, let access = result.accessToken, let id = result.idToken else {
            logger.warning(
                "sign-in needs a challenge the API does not offer",
                metadata: ["challenge": "\(output.challengeName ?? "none")"])
            throw APIError.forbidden(
                "This account must complete a step this API does not offer; "
                    + "reset the password with /api/v1/auth/forgot-password.")
        }
        return AuthAPI.Tokens(
            accessToken: access, idToken: id, refreshToken: keepRefresh ? result.refreshToken : nil,
            expiresIn: result.expiresIn ?? 3600)
    }
}
