/// Credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN` (what Lambda sets).
public struct EnvironmentCredentialProvider: CredentialProvider {
    public let environment: AWSEnvironment

    public init(environment: AWSEnvironment) {
        self.environment = environment
    }

    /// - Throws: `notConfigured` without an access key id; `failed` with a key id but no secret.
    public func credentials() async throws -> AWSCredentials {
        guard let accessKeyId = environment["AWS_ACCESS_KEY_ID"] else {
            throw CredentialProviderError.notConfigured("AWS_ACCESS_KEY_ID is not set")
        }
        guard let secret = environment["AWS_SECRET_ACCESS_KEY"] else {
            throw CredentialProviderError.failed("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")
        }
        return AWSCredentials(
            accessKeyId: accessKeyId, secretAccessKey: secret, sessionToken: environment["AWS_SESSION_TOKEN"])
    }
}
