import Shared

/// Cognito's refusals as the problems the API promises, per operation, in one place: a wrong password is 401, an
/// existing account 409, a weak password 422, too many attempts 429, an unconfirmed account 403. Cognito's own
/// message never reaches the client (it may say more than it should); the error itself goes to the log.
enum CognitoErrorMap {
    enum Operation: Sendable {
        case signUp, confirmSignUp, signIn, refresh, signOut, forgotPassword, resetPassword, lookup
    }

    /// Seconds a client should wait after a 429: Cognito names no time, and its quotas refill within a minute.
    static let retryAfterSeconds = 30

    /// The problem for `error` during `operation`, or `nil` when the error is not the caller's to fix (then the
    /// router answers 500 and logs it).
    static func apiError(_ error: AWSError, during operation: Operation) -> APIError? {
        switch error.code.rawValue {
        case "TooManyRequestsException", "LimitExceededException", "TooManyFailedAttemptsException":
            return .tooManyRequests(
                "Too many attempts; wait a little and try again.", retryAfterSeconds: retryAfterSeconds)
        case "UsernameExistsException", "AliasExistsException":
            return .conflict("An account with this email already exists; log in or reset the password.")
        case "InvalidPasswordException":
            let field = operation == .resetPassword ? "newPassword" : "password"
            return .unprocessable([
                FieldError(
                    field: field,
                    message: "is too weak: use at least 12 characters with upper case, lower case and a "
                        + "digit")
            ])
        case "UserNotConfirmedException":
            return .forbidden(
                "Confirm your email address first with the code we sent (GET /api/v1/auth/verify-email).")
        case "PasswordResetRequiredException":
            return .forbidden("This account must set a new password: use /api/v1/auth/forgot-password.")
        case "CodeMismatchException":
            return .unprocessable([FieldError(field: "code", message: "is not the code we sent")])
        case "ExpiredCodeException":
            return .unprocessable([FieldError(field: "code", message: "has expired; ask for a new one")])
        case "NotAuthorizedException":
            return notAuthorized(error, during: operation)
        case "UserNotFoundException":
            switch operation {
            case .signIn: return .unauthorized("The email or the password is wrong.")
            case .confirmSignUp, .resetPassword:
                return .unprocessable([FieldError(field: "code", message: "is not the code we sent")])
            default: return .unauthorized("This account no longer exists.")
            }
        case "InvalidParameterException":
            return operation == .signUp
                ? .unprocessable([FieldError(field: "email", message: "is not an address Cognito accepts")])
                : .badRequest("The request has a value Cognito does not accept.")
        case "CodeDeliveryFailureException":
            return APIError(.serviceUnavailable, "The code could not be sent; try again later.")
        default:
            return nil
        }
    }

    private static func notAuthorized(_ error: AWSError, during operation: Operation) -> APIError {
        // Cognito reports a locked-out password as NotAuthorized with this message.
        if error.message.lowercased().contains("attempts exceeded") {
            return .tooManyRequests(
                "Too many failed sign-ins; wait a little and try again.", retryAfterSeconds: retryAfterSeconds)
        }
        switch operation {
        case .signIn: return .unauthorized("The email or the password is wrong.")
        case .refresh: return .unauthorized("The refresh token is invalid, expired or revoked; log in again.")
        case .confirmSignUp: return .conflict("This email address is already confirmed.")
        case .signOut: return .unauthorized("The session has ended already; log in again.")
        default: return .unauthorized("The request was not authorized.")
        }
    }

    /// Runs a Cognito call, answering its refusals with the mapped problems.
    static func calling<T>(_ operation: Operation, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as AWSError {
            throw apiError(error, during: operation) ?? error
        }
    }
}
