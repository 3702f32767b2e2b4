import Testing

@testable import AuthFn
@testable import Shared

/// Each Cognito refusal as the problem the contract promises.
@Suite("Cognito error mapping")
struct CognitoErrorMapTests {
    @Test(arguments: [
        ("NotAuthorizedException", "Incorrect username or password.", CognitoErrorMap.Operation.signIn, 401),
        ("NotAuthorizedException", "Password attempts exceeded", .signIn, 429),
        ("UserNotFoundException", "", .signIn, 401),
        ("UserNotConfirmedException", "", .signIn, 403),
        ("PasswordResetRequiredException", "", .signIn, 403),
        ("TooManyRequestsException", "", .signIn, 429),
        ("LimitExceededException", "", .forgotPassword, 429),
        ("TooManyFailedAttemptsException", "", .resetPassword, 429),
        ("UsernameExistsException", "", .signUp, 409),
        ("InvalidPasswordException", "", .signUp, 422),
        ("InvalidPasswordException", "", .resetPassword, 422),
        ("InvalidParameterException", "", .signUp, 422),
        ("CodeMismatchException", "", .confirmSignUp, 422),
        ("ExpiredCodeException", "", .resetPassword, 422),
        ("NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED", .confirmSignUp, 409),
        ("NotAuthorizedException", "Refresh Token has been revoked", .refresh, 401),
        ("CodeDeliveryFailureException", "", .signUp, 503),
    ])
    func refusalsMapToProblems(_ code: String, _ message: String, _ operation: CognitoErrorMap.Operation, _ status: Int)
    {
        let error = AWSError(code: AWSError.Code(code), status: 400, message: message)
        let problem = CognitoErrorMap.apiError(error, during: operation)
        #expect(problem?.status == status)
        #expect(problem?.detail.contains(message) != true || message.isEmpty, "Cognito's own text stays in the log")
        if status == 429 { #expect(problem?.headers["Retry-After"] == "30") }
    }

    @Test func failuresThatAreNotTheCallersAreLeftTo500() {
        for code in ["InternalErrorException", "ResourceNotFoundException", "ThrottlingException"] {
            #expect(
                CognitoErrorMap.apiError(AWSError(code: AWSError.Code(code), status: 500, message: ""), during: .signIn)
                    == nil)
        }
    }
}
