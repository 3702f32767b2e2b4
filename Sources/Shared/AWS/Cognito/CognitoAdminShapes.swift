// Cognito user pools API shapes for admin and provisioning calls, with the service's PascalCase JSON names.

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
