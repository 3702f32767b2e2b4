/// STS AssumeRole (query protocol): temporary credentials with a session token.
public struct STSClient: Sendable {
    public static let version = "2011-06-15"
    public let client: AWSClient
    public let service: AWSService

    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "STS", signingName: "sts", endpointPrefix: "sts", region: region, environment: environment,
            endpoint: endpoint)
    }

    /// Credentials of `roleArn` for `duration` seconds.
    /// - Throws: ``AWSError`` (`AccessDenied` when the caller may not assume the role), or
    ///   ``AWSError/Code/malformedResponse`` when the answer holds no credentials.
    public func assumeRole(
        roleArn: String, sessionName: String, durationSeconds: Int = 3600
    ) async throws
        -> AWSCredentials
    {
        let root = try await client.query(
            action: "AssumeRole", version: Self.version,
            parameters: [
                ("RoleArn", roleArn), ("RoleSessionName", sessionName), ("DurationSeconds", String(durationSeconds)),
            ],
            to: service)
        guard let credentials = root.find("Credentials"), let key = credentials["AccessKeyId"]?.text,
            let secret = credentials["SecretAccessKey"]?.text, let token = credentials["SessionToken"]?.text
        else {
            throw AWSError(code: .malformedResponse, status: 200, message: "AssumeRole returned no credentials")
        }
        return AWSCredentials(
            accessKeyId: key, secretAccessKey: secret, sessionToken: token,
            expiration: credentials["Expiration"].flatMap { ISO8601Text.parse($0.text) })
    }
}
