/// Where and how one AWS service is called: its endpoint, region, signer and retry rules.
public struct AWSService: Sendable {
    /// The SDK service id that names the endpoint override (`DynamoDB` → `AWS_ENDPOINT_URL_DYNAMODB`).
    public var serviceId: String
    /// The SigV4 signing name (`dynamodb`, `cognito-idp`, `ses`, `sns`, `events`, `bedrock`, `iam`, `sts`).
    public var signingName: String
    public var region: String
    /// Base URL without a trailing slash, for example `https://dynamodb.us-east-1.amazonaws.com`.
    public var endpoint: String
    public var retryPolicy: AWSRetryPolicy
    /// Verify DynamoDB's `x-amz-crc32` header on every response and retry on a mismatch.
    public var verifiesCRC32: Bool
    public let signer: SigV4Signer

    /// A service whose endpoint is `https://<endpointPrefix>.<region>.amazonaws.com` unless the environment
    /// overrides it (``AWSEnvironment/endpoint(serviceId:defaultEndpoint:)``) or `endpoint` is given.
    public init(
        serviceId: String, signingName: String, endpointPrefix: String, region: String,
        environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil,
        retryPolicy: AWSRetryPolicy = .standard, verifiesCRC32: Bool = false,
        signingOptions: SigV4Options = SigV4Options()
    ) {
        self.serviceId = serviceId
        self.signingName = signingName
        self.region = region
        let defaultEndpoint = "https://\(endpointPrefix).\(region).amazonaws.com"
        self.endpoint =
            endpoint.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
            ?? environment.endpoint(serviceId: serviceId, defaultEndpoint: defaultEndpoint)
        self.retryPolicy = retryPolicy
        self.verifiesCRC32 = verifiesCRC32
        self.signer = SigV4Signer(region: region, service: signingName, options: signingOptions)
    }
}
