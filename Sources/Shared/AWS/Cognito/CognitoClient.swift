#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Cognito user pools (AWS JSON 1.1): sign-up, sign-in with `USER_PASSWORD_AUTH`, refresh, sign-out, password reset
/// and the admin calls that local provisioning needs.
///
/// Every method throws ``AWSError``: `NotAuthorizedException` (wrong password, revoked or expired token),
/// `UsernameExistsException`, `UserNotFoundException`, `CodeMismatchException`, `InvalidPasswordException`, …
public struct CognitoClient: Sendable {
    public let client: AWSClient
    public let service: AWSService
    /// The app client's secret, when it has one: requests then carry `SECRET_HASH`.
    public var clientSecret: String?

    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil,
        clientSecret: String? = nil
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "Cognito Identity Provider", signingName: "cognito-idp", endpointPrefix: "cognito-idp",
            region: region, environment: environment, endpoint: endpoint)
        self.clientSecret = clientSecret
    }

    func call<Input: Encodable, Output: Decodable>(_ operation: String, _ input: Input) async throws -> Output {
        try await client.json(
            target: "AWSCognitoIdentityProviderService." + operation, input: input, to: service, jsonVersion: "1.1")
    }

    /// `Base64(HMAC-SHA256(clientSecret, username + clientId))`, or `nil` without a client secret.
    public func secretHash(username: String, clientId: String) -> String? {
        guard let clientSecret else { return nil }
        let mac = SHA256.hmac(key: Array(clientSecret.utf8), message: Array((username + clientId).utf8))
        return mac.withUnsafeBytes { Data($0) }.base64EncodedString()
    }

    public func signUp(
        clientId: String, username: String, password: String, attributes: [String: String] = [:]
    )
        async throws -> CognitoSignUpOutput
    {
        try await call(
            "SignUp",
            CognitoSignUpInput(
                clientId: clientId, username: username, password: password,
                userAttributes: attributes.sorted { $0.key < $1.key }.map {
                    CognitoAttribute(name: $0.key, value: $0.value)
                },
                secretHash: secretHash(username: username, clientId: clientId)))
    }

    public func confirmSignUp(clientId: String, username: String, code: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "ConfirmSignUp",
            CognitoConfirmSignUpInput(
                clientId: clientId, username: username, confirmationCode: code,
                secretHash: secretHash(username: username, clientId: clientId)))
    }

    /// Signs in with a password (`USER_PASSWORD_AUTH`, which the app client must allow).
    /// - Returns: tokens, or a challenge (`NEW_PASSWORD_REQUIRED`, …) in ``CognitoInitiateAuthOutput/challengeName``.
    public func signIn(clientId: String, username: String, password: String) async throws -> CognitoInitiateAuthOutput {
        var parameters = ["USERNAME": username, "PASSWORD": password]
        if let hash = secretHash(username: username, clientId: clientId) { parameters["SECRET_HASH"] = hash }
        return try await call(
            "InitiateAuth",
            CognitoInitiateAuthInput(clientId: clientId, authFlow: "USER_PASSWORD_AUTH", authParameters: parameters))
    }

    /// New access and id tokens from a refresh token (`REFRESH_TOKEN_AUTH`).
    /// - Parameter username: needed only for the secret hash of a client with a secret (the user's `sub`).
    public func refresh(
        clientId: String, refreshToken: String, username: String? = nil
    ) async throws
        -> CognitoInitiateAuthOutput
    {
        var parameters = ["REFRESH_TOKEN": refreshToken]
        if let username, let hash = secretHash(username: username, clientId: clientId) {
            parameters["SECRET_HASH"] = hash
        }
        return try await call(
            "InitiateAuth",
            CognitoInitiateAuthInput(clientId: clientId, authFlow: "REFRESH_TOKEN_AUTH", authParameters: parameters))
    }

    /// Revokes every token of the user behind `accessToken`.
    public func globalSignOut(accessToken: String) async throws {
        let _: AWSEmptyOutput = try await call("GlobalSignOut", CognitoAccessTokenInput(accessToken: accessToken))
    }

    public func forgotPassword(clientId: String, username: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "ForgotPassword",
            CognitoForgotPasswordInput(
                clientId: clientId, username: username, secretHash: secretHash(username: username, clientId: clientId)))
    }

    public func confirmForgotPassword(
        clientId: String, username: String, code: String, newPassword: String
    )
        async throws
    {
        let _: AWSEmptyOutput = try await call(
            "ConfirmForgotPassword",
            CognitoConfirmForgotPasswordInput(
                clientId: clientId, username: username, confirmationCode: code, password: newPassword,
                secretHash: secretHash(username: username, clientId: clientId)))
    }

    /// The user behind `accessToken`.
    public func getUser(accessToken: String) async throws -> CognitoUser {
        try await call("GetUser", CognitoAccessTokenInput(accessToken: accessToken))
    }

    public func adminGetUser(userPoolId: String, username: String) async throws -> CognitoUser {
        try await call("AdminGetUser", CognitoAdminUserInput(userPoolId: userPoolId, username: username))
    }

    public func adminConfirmSignUp(userPoolId: String, username: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "AdminConfirmSignUp", CognitoAdminUserInput(userPoolId: userPoolId, username: username))
    }

    public func adminDeleteUser(userPoolId: String, username: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "AdminDeleteUser", CognitoAdminUserInput(userPoolId: userPoolId, username: username))
    }

    /// Creates a user without an invitation message (`MessageAction=SUPPRESS`).
    public func adminCreateUser(userPoolId: String, username: String, attributes: [String: String] = [:]) async throws {
        let _: AWSEmptyOutput = try await call(
            "AdminCreateUser",
            CognitoAdminCreateUserInput(
                userPoolId: userPoolId, username: username,
                userAttributes: attributes.sorted { $0.key < $1.key }.map {
                    CognitoAttribute(name: $0.key, value: $0.value)
                },
                messageAction: "SUPPRESS"))
    }

    public func adminSetUserPassword(
        userPoolId: String, username: String, password: String, permanent: Bool = true
    )
        async throws
    {
        let _: AWSEmptyOutput = try await call(
            "AdminSetUserPassword",
            CognitoAdminSetUserPasswordInput(
                userPoolId: userPoolId, username: username, password: password, permanent: permanent))
    }

    public func createGroup(userPoolId: String, name: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "CreateGroup", CognitoCreateGroupInput(userPoolId: userPoolId, groupName: name))
    }

    public func adminAddUserToGroup(userPoolId: String, username: String, group: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "AdminAddUserToGroup",
            CognitoAdminAddUserToGroupInput(userPoolId: userPoolId, username: username, groupName: group))
    }

    /// Creates a user pool whose users sign in with their email address, verified automatically.
    public func createUserPool(name: String) async throws -> CognitoUserPool {
        let output: CognitoCreateUserPoolOutput = try await call(
            "CreateUserPool",
            CognitoCreateUserPoolInput(poolName: name, autoVerifiedAttributes: ["email"], usernameAttributes: ["email"])
        )
        return output.userPool
    }

    /// Creates an app client allowing password sign-in and refresh.
    public func createUserPoolClient(
        userPoolId: String, name: String, generateSecret: Bool = false
    ) async throws
        -> CognitoUserPoolClient
    {
        let output: CognitoCreateUserPoolClientOutput = try await call(
            "CreateUserPoolClient",
            CognitoCreateUserPoolClientInput(
                userPoolId: userPoolId, clientName: name,
                explicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                generateSecret: generateSecret))
        return output.userPoolClient
    }
}
