/// A function's process environment, as the Lambda service would give it locally: the template's `Environment`
/// with its intrinsics resolved to local names, the log settings of `LoggingConfig`, and the endpoint and
/// credential variables that send the function's AWS calls to moto and its `PutEvents` to the gateway.
public struct FunctionEnvironmentBuilder: Sendable {
    /// moto_server's URL (`AWS_ENDPOINT_URL`).
    public var awsEndpoint: String
    /// The gateway's URL (`AWS_ENDPOINT_URL_EVENTBRIDGE`), where EventBridge is emulated.
    public var eventBridgeEndpoint: String
    public var region: String
    public var accessKeyId: String
    public var secretAccessKey: String

    public init(
        awsEndpoint: String, eventBridgeEndpoint: String, region: String, accessKeyId: String = "testing",
        secretAccessKey: String = "testing"
    ) {
        self.awsEndpoint = awsEndpoint
        self.eventBridgeEndpoint = eventBridgeEndpoint
        self.region = region
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
    }

    /// The environment for `function`.
    ///
    /// - Throws: ``TemplateError`` when a variable references something that does not exist locally.
    public func environment(for function: FunctionSpec, resolver: IntrinsicResolver) throws -> [String: String] {
        var environment: [String: String] = [:]
        for (name, value) in function.environment {
            guard let resolved = try resolver.resolve(value) else { continue }
            guard let text = resolved.scalarText else {
                throw TemplateError("\(function.logicalId).\(name): an environment variable must be a string")
            }
            environment[name] = text
        }
        if let format = function.logFormat { environment["AWS_LAMBDA_LOG_FORMAT"] = format }
        if let level = function.logLevel { environment["AWS_LAMBDA_LOG_LEVEL"] = level }
        environment["AWS_REGION"] = region
        environment["AWS_DEFAULT_REGION"] = region
        environment["AWS_ACCESS_KEY_ID"] = accessKeyId
        environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey
        environment["AWS_ENDPOINT_URL"] = awsEndpoint
        environment["AWS_ENDPOINT_URL_EVENTBRIDGE"] = eventBridgeEndpoint
        return environment
    }
}
