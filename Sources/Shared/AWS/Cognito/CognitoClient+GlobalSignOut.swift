/// Signing a user out everywhere by their user name, with the function's IAM rights (`AdminUserGlobalSignOut`).
extension CognitoClient {
    /// Revokes every refresh token of `username` (for a pool that signs in with email, the `sub` or the address),
    /// whichever token the caller presented.
    ///
    /// - Throws: ``AWSError``; `UserNotFoundException` when the user is gone.
    public func adminUserGlobalSignOut(userPoolId: String, username: String) async throws {
        let _: AWSEmptyOutput = try await call(
            "AdminUserGlobalSignOut", CognitoAdminUserInput(userPoolId: userPoolId, username: username))
    }
}
