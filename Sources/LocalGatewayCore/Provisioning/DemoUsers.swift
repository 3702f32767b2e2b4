import Foundation
import Shared

/// The demo accounts `serve` creates in the local user pool: a learner and an administrator (in the `admin`
/// group), confirmed, with permanent passwords that satisfy the template's password policy.
public struct DemoUsers: Sendable {
    /// One demo login.
    public struct Account: Sendable, Equatable {
        public var email: String
        public var password: String
        public var name: String
        public var groups: [String]

        public init(email: String, password: String, name: String, groups: [String] = []) {
            self.email = email
            self.password = password
            self.name = name
            self.groups = groups
        }
    }

    public static let learner = Account(
        email: "learner@example.com", password: "Learner-Local-2025", name: "Demo Learner")
    public static let administrator = Account(
        email: "admin@example.com", password: "Admin-Local-2025", name: "Demo Administrator", groups: ["admin"])

    public let cognito: CognitoClient

    public init(cognito: CognitoClient) {
        self.cognito = cognito
    }

    /// Creates (or resets the password of) each account in `userPoolId` and adds it to its groups.
    ///
    /// - Throws: ``AWSError`` when moto refuses a call other than "the user exists".
    public func create(_ accounts: [Account] = [learner, administrator], userPoolId: String) async throws {
        for account in accounts {
            do {
                try await cognito.adminCreateUser(
                    userPoolId: userPoolId, username: account.email,
                    attributes: ["email": account.email, "email_verified": "true", "name": account.name])
            } catch let error as AWSError where error.code == .usernameExists {}
            try await cognito.adminSetUserPassword(
                userPoolId: userPoolId, username: account.email, password: account.password, permanent: true)
            for group in account.groups {
                try await cognito.adminAddUserToGroup(userPoolId: userPoolId, username: account.email, group: group)
            }
        }
    }

    /// Signs `account` in and returns its tokens (id token first).
    ///
    /// - Throws: ``AWSError`` (`NotAuthorizedException` for a wrong password).
    public func signIn(_ account: Account, clientId: String) async throws -> CognitoAuthenticationResult {
        let output = try await cognito.signIn(clientId: clientId, username: account.email, password: account.password)
        guard let result = output.authenticationResult else {
            throw AWSError(
                code: .notAuthorized, status: 200, message: "sign-in asked for \(output.challengeName ?? "a challenge")"
            )
        }
        return result
    }
}
