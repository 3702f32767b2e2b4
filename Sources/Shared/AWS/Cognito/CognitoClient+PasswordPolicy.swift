/// Creating a user pool with the password policy of `template.yaml`, so that local pools refuse the passwords the
/// deployed pool refuses.
extension CognitoClient {
    /// A user pool's password rules (`Policies.PasswordPolicy`).
    public struct PasswordPolicy: Encodable, Sendable, Equatable {
        public var minimumLength: Int
        public var requireLowercase: Bool
        public var requireUppercase: Bool
        public var requireNumbers: Bool
        public var requireSymbols: Bool

        /// The template's `UserPool` policy: 12 characters with lower case, upper case and a digit.
        public static let template = PasswordPolicy(
            minimumLength: 12, requireLowercase: true, requireUppercase: true, requireNumbers: true,
            requireSymbols: false)

        public init(
            minimumLength: Int, requireLowercase: Bool, requireUppercase: Bool, requireNumbers: Bool,
            requireSymbols: Bool
        ) {
            self.minimumLength = minimumLength
            self.requireLowercase = requireLowercase
            self.requireUppercase = requireUppercase
            self.requireNumbers = requireNumbers
            self.requireSymbols = requireSymbols
        }

        enum CodingKeys: String, CodingKey {
            case minimumLength = "MinimumLength"
            case requireLowercase = "RequireLowercase"
            case requireUppercase = "RequireUppercase"
            case requireNumbers = "RequireNumbers"
            case requireSymbols = "RequireSymbols"
        }
    }

    /// Creates a user pool whose users sign in with their email address (verified automatically) under `policy`.
    ///
    /// - Throws: ``AWSError`` from `CreateUserPool`.
    public func createUserPool(name: String, passwordPolicy policy: PasswordPolicy) async throws -> CognitoUserPool {
        struct Policies: Encodable {
            var passwordPolicy: PasswordPolicy
            enum CodingKeys: String, CodingKey { case passwordPolicy = "PasswordPolicy" }
        }
        struct Input: Encodable {
            var poolName: String
            var autoVerifiedAttributes = ["email"]
            var usernameAttributes = ["email"]
            var policies: Policies
            enum CodingKeys: String, CodingKey {
                case poolName = "PoolName"
                case autoVerifiedAttributes = "AutoVerifiedAttributes"
                case usernameAttributes = "UsernameAttributes"
                case policies = "Policies"
            }
        }
        let output: CognitoCreateUserPoolOutput = try await call(
            "CreateUserPool", Input(poolName: name, policies: Policies(passwordPolicy: policy)))
        return output.userPool
    }
}
