/// SNS (query protocol): publishing to topics and phone numbers, and creating topics for local provisioning.
///
/// Methods throw ``AWSError``: `NotFound` (no such topic), `InvalidParameter`, `AuthorizationError`,
/// `Throttled` (retried), …
public struct SNSClient: Sendable {
    public static let version = "2010-03-31"
    public let client: AWSClient
    public let service: AWSService

    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "SNS", signingName: "sns", endpointPrefix: "sns", region: region, environment: environment,
            endpoint: endpoint)
    }

    /// Publishes `message` to a topic (`topicArn`) or an endpoint (`targetArn`) or a phone number; returns the
    /// message id. String message attributes travel as `MessageAttributes.entry.N`.
    @discardableResult
    public func publish(
        topicArn: String? = nil, targetArn: String? = nil, phoneNumber: String? = nil, message: String,
        subject: String? = nil, attributes: [String: String] = [:]
    ) async throws -> String {
        var parameters: [(String, String)] = [("Message", message)]
        if let topicArn { parameters.append(("TopicArn", topicArn)) }
        if let targetArn { parameters.append(("TargetArn", targetArn)) }
        if let phoneNumber { parameters.append(("PhoneNumber", phoneNumber)) }
        if let subject { parameters.append(("Subject", subject)) }
        for (index, name) in attributes.keys.sorted().enumerated() {
            let prefix = "MessageAttributes.entry.\(index + 1)"
            parameters += [
                ("\(prefix).Name", name), ("\(prefix).Value.DataType", "String"),
                ("\(prefix).Value.StringValue", attributes[name]!),
            ]
        }
        let root = try await client.query(action: "Publish", version: Self.version, parameters: parameters, to: service)
        guard let id = root.find("MessageId")?.text else {
            throw AWSError(code: .malformedResponse, status: 200, message: "Publish returned no MessageId")
        }
        return id
    }

    /// Creates (or finds) a topic; returns its ARN.
    public func createTopic(name: String) async throws -> String {
        let root = try await client.query(
            action: "CreateTopic", version: Self.version, parameters: [("Name", name)], to: service)
        guard let arn = root.find("TopicArn")?.text else {
            throw AWSError(code: .malformedResponse, status: 200, message: "CreateTopic returned no TopicArn")
        }
        return arn
    }
}
