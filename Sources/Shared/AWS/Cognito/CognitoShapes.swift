// Cognito user pools API shapes for users' own calls, with the service's PascalCase JSON names.

/// A user attribute such as `email` or `custom:tier`.
public struct CognitoAttribute: Codable, Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case value = "Value"
    }
}

/// SignUp request.
public struct CognitoSignUpInput: Encodable, Sendable, Equatable {
    public var clientId: String
    public var username: String
    public var password: String
    public var userAttributes: [CognitoAttribute]?
    public var secretHash: String?

    public init(
        clientId: String, username: String, password: String, userAttributes: [CognitoAttribute]? = nil,
        secretHash: String? = nil
    ) {
        self.clientId = clientId
        self.username = username
        self.password = password
        self.userAttributes = userAttributes
        self.secretHash = secretHash
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "ClientId"
        case username = "Username"
        case password = "Password"
        case userAttributes = "UserAttributes"
        case secretHash = "SecretHash"
    }
}

/// SignUp response.
public struct CognitoSignUpOutput: Decodable, Sendable, Equatable {
    public var userConfirmed: Bool?
    public var userSub: String?

    public init(userConfirmed: Bool? = nil, userSub: String? = nil) {
        self.userConfirmed = userConfirmed
        self.userSub = userSub
    }

    enum CodingKeys: String, CodingKey {
        case userConfirmed = "UserConfirmed"
        case userSub = "UserSub"
    }
}

/// ConfirmSignUp request.
public struct CognitoConfirmSignUpInput: Encodable, Sendable, Equatable {
    public var clientId: String
    public var username: String
    public var confirmationCode: String
    public var secretHash: String?

    public init(clientId: String, username: String, confirmationCode: String, secretHash: String? = nil) {
        self.clientId = clientId
        self.username = username
        self.confirmationCode = confirmationCode
        self.secretHash = secretHash
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "ClientId"
        case username = "Username"
        case confirmationCode = "ConfirmationCode"
        case secretHash = "SecretHash"
    }
}

/// InitiateAuth request.
public struct CognitoInitiateAuthInput: Encodable, Sendable, Equatable {
    public var clientId: String
    public var authFlow: String
    public var authParameters: [String: String]

    public init(clientId: String, authFlow: String, authParameters: [String: String]) {
        self.clientId = clientId
        self.authFlow = authFlow
        self.authParameters = authParameters
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "ClientId"
        case authFlow = "AuthFlow"
        case authParameters = "AuthParameters"
    }
}

/// Tokens from a successful sign-in or refresh (a refresh returns no new refresh token).
public struct CognitoAuthenticationResult: Decodable, Sendable, Equatable {
    public var accessToken: String?
    public var idToken: String?
    public var refreshToken: String?
    public var expiresIn: Int?
    public var tokenType: String?

    public init(
        accessToken: String? = nil, idToken: String? = nil, refreshToken: String? = nil, expiresIn: Int? = nil,
        tokenType: String? = nil
    ) {
        self.accessToken = accessToken
        self.idToken = idToken
        self.refreshToken = refreshToken
        self.expiresIn = expiresIn
        self.tokenType = tokenType
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "AccessToken"
        case idToken = "IdToken"
        case refreshToken = "RefreshToken"
        case expiresIn = "ExpiresIn"
        case tokenType = "TokenType"
    }
}

/// InitiateAuth response: tokens, or a challenge to answer first.
public struct CognitoInitiateAuthOutput: Decodable, Sendable, Equatable {
    public var authenticationResult: CognitoAuthenticationResult?
    public var challengeName: String?
    public var session: String?

    public init(
        authenticationResult: CognitoAuthenticationResult? = nil, challengeName: String? = nil, session: String? = nil
    ) {
        self.authenticationResult = authenticationResult
        self.challengeName = challengeName
        self.session = session
    }

    enum CodingKeys: String, CodingKey {
        case authenticationResult = "AuthenticationResult"
        case challengeName = "ChallengeName"
        case session = "Session"
    }
}

/// Requests that take only the user's access token (GetUser, GlobalSignOut).
public struct CognitoAccessTokenInput: Encodable, Sendable, Equatable {
    public var accessToken: String

    public init(accessToken: String) {
        self.accessToken = accessToken
    }

    enum CodingKeys: String, CodingKey {
        case accessToken = "AccessToken"
    }
}

/// ForgotPassword request.
public struct CognitoForgotPasswordInput: Encodable, Sendable, Equatable {
    public var clientId: String
    public var username: String
    public var secretHash: String?

    public init(clientId: String, username: String, secretHash: String? = nil) {
        self.clientId = clientId
        self.username = username
        self.secretHash = secretHash
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "ClientId"
        case username = "Username"
        case secretHash = "SecretHash"
    }
}

/// ConfirmForgotPassword request.
public struct CognitoConfirmForgotPasswordInput: Encodable, Sendable, Equatable {
    public var clientId: String
    public var username: String
    public var confirmationCode: String
    public var password: String
    public var secretHash: String?

    public init(
        clientId: String, username: String, confirmationCode: String, password: String, secretHash: String? = nil
    ) {
        self.clientId = clientId
        self.username = username
        self.confirmationCode = confirmationCode
        self.password = password
        self.secretHash = secretHash
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "ClientId"
        case username = "Username"
        case confirmationCode = "ConfirmationCode"
        case password = "Password"
        case secretHash = "SecretHash"
    }
}

/// GetUser and AdminGetUser response.
public struct CognitoUser: Decodable, Sendable, Equatable {
    public var username: String
    public var userAttributes: [CognitoAttribute]?
    /// Admin only: `UNCONFIRMED`, `CONFIRMED`, `FORCE_CHANGE_PASSWORD`, …
    public var userStatus: String?
    public var enabled: Bool?

    public init(
        username: String, userAttributes: [CognitoAttribute]? = nil, userStatus: String? = nil, enabled: Bool? = nil
    ) {
        self.username = username
        self.userAttributes = userAttributes
        self.userStatus = userStatus
        self.enabled = enabled
    }

    enum CodingKeys: String, CodingKey {
        case username = "Username"
        case userAttributes = "UserAttributes"
        case userStatus = "UserStatus"
        case enabled = "Enabled"
    }
}
