// Cognito user pools API shapes (the fields this project uses), with the service's PascalCase JSON names.

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

/// Admin requests naming one user (AdminGetUser, AdminConfirmSignUp, AdminDeleteUser).
public struct CognitoAdminUserInput: Encodable, Sendable, Equatable {
    public var userPoolId: String
    public var username: String

    public init(userPoolId: String, username: String) {
        self.userPoolId = userPoolId
        self.username = username
    }

    enum CodingKeys: String, CodingKey {
        case userPoolId = "UserPoolId"
        case username = "Username"
    }
}

/// AdminCreateUser request.
public struct CognitoAdminCreateUserInput: Encodable, Sendable, Equatable {
    public var userPoolId: String
    public var username: String
    public var userAttributes: [CognitoAttribute]?
    public var temporaryPassword: String?
    public var messageAction: String?

    public init(
        userPoolId: String, username: String, userAttributes: [CognitoAttribute]? = nil,
        temporaryPassword: String? = nil, messageAction: String? = nil
    ) {
        self.userPoolId = userPoolId
        self.username = username
        self.userAttributes = userAttributes
        self.temporaryPassword = temporaryPassword
        self.messageAction = messageAction
    }

    enum CodingKeys: String, CodingKey {
        case userPoolId = "UserPoolId"
        case username = "Username"
        case userAttributes = "UserAttributes"
        case temporaryPassword = "TemporaryPassword"
        case messageAction = "MessageAction"
    }
}

/// AdminSetUserPassword request.
public struct CognitoAdminSetUserPasswordInput: Encodable, Sendable, Equatable {
    public var userPoolId: String
    public var username: String
    public var password: String
    public var permanent: Bool

    public init(userPoolId: String, username: String, password: String, permanent: Bool) {
        self.userPoolId = userPoolId
        self.username = username
        self.password = password
        self.permanent = permanent
    }

    enum CodingKeys: String, CodingKey {
        case userPoolId = "UserPoolId"
        case username = "Username"
        case password = "Password"
        case permanent = "Permanent"
    }
}

/// AdminAddUserToGroup request.
public struct CognitoAdminAddUserToGroupInput: Encodable, Sendable, Equatable {
    public var userPoolId: String
    public var username: String
    public var groupName: String

    public init(userPoolId: String, username: String, groupName: String) {
        self.userPoolId = userPoolId
        self.username = username
        self.groupName = groupName
    }

    enum CodingKeys: String, CodingKey {
        case userPoolId = "UserPoolId"
        case username = "Username"
        case groupName = "GroupName"
    }
}

/// CreateGroup request.
public struct CognitoCreateGroupInput: Encodable, Sendable, Equatable {
    public var userPoolId: String
    public var groupName: String

    public init(userPoolId: String, groupName: String) {
        self.userPoolId = userPoolId
        self.groupName = groupName
    }

    enum CodingKeys: String, CodingKey {
        case userPoolId = "UserPoolId"
        case groupName = "GroupName"
    }
}

/// CreateUserPool request.
public struct CognitoCreateUserPoolInput: Encodable, Sendable, Equatable {
    public var poolName: String
    public var autoVerifiedAttributes: [String]?
    public var usernameAttributes: [String]?

    public init(poolName: String, autoVerifiedAttributes: [String]? = nil, usernameAttributes: [String]? = nil) {
        self.poolName = poolName
        self.autoVerifiedAttributes = autoVerifiedAttributes
        self.usernameAttributes = usernameAttributes
    }

    enum CodingKeys: String, CodingKey {
        case poolName = "PoolName"
        case autoVerifiedAttributes = "AutoVerifiedAttributes"
        case usernameAttributes = "UsernameAttributes"
    }
}

/// A created user pool.
public struct CognitoUserPool: Decodable, Sendable, Equatable {
    public var id: String
    public var arn: String?
    public var name: String?

    public init(id: String, arn: String? = nil, name: String? = nil) {
        self.id = id
        self.arn = arn
        self.name = name
    }

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case name = "Name"
    }
}

/// CreateUserPool response.
public struct CognitoCreateUserPoolOutput: Decodable, Sendable, Equatable {
    public var userPool: CognitoUserPool

    public init(userPool: CognitoUserPool) {
        self.userPool = userPool
    }

    enum CodingKeys: String, CodingKey {
        case userPool = "UserPool"
    }
}

/// CreateUserPoolClient request.
public struct CognitoCreateUserPoolClientInput: Encodable, Sendable, Equatable {
    public var userPoolId: String
    public var clientName: String
    public var explicitAuthFlows: [String]?
    public var generateSecret: Bool?

    public init(userPoolId: String, clientName: String, explicitAuthFlows: [String]? = nil, generateSecret: Bool? = nil)
    {
        self.userPoolId = userPoolId
        self.clientName = clientName
        self.explicitAuthFlows = explicitAuthFlows
        self.generateSecret = generateSecret
    }

    enum CodingKeys: String, CodingKey {
        case userPoolId = "UserPoolId"
        case clientName = "ClientName"
        case explicitAuthFlows = "ExplicitAuthFlows"
        case generateSecret = "GenerateSecret"
    }
}

/// A created app client.
public struct CognitoUserPoolClient: Decodable, Sendable, Equatable {
    public var clientId: String
    public var clientSecret: String?

    public init(clientId: String, clientSecret: String? = nil) {
        self.clientId = clientId
        self.clientSecret = clientSecret
    }

    enum CodingKeys: String, CodingKey {
        case clientId = "ClientId"
        case clientSecret = "ClientSecret"
    }
}

/// CreateUserPoolClient response.
public struct CognitoCreateUserPoolClientOutput: Decodable, Sendable, Equatable {
    public var userPoolClient: CognitoUserPoolClient

    public init(userPoolClient: CognitoUserPoolClient) {
        self.userPoolClient = userPoolClient
    }

    enum CodingKeys: String, CodingKey {
        case userPoolClient = "UserPoolClient"
    }
}
