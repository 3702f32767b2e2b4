/// Bedrock Runtime (REST-JSON): the Converse API for text conversations with a foundation model.
///
/// Methods throw ``AWSError``: `AccessDeniedException` (model access not granted), `ValidationException`,
/// `ThrottlingException` and `ServiceUnavailableException` (retried), `ModelTimeoutException`, …
public struct BedrockRuntimeClient: Sendable {
    public let client: AWSClient
    public let service: AWSService

    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "Bedrock Runtime", signingName: "bedrock", endpointPrefix: "bedrock-runtime", region: region,
            environment: environment, endpoint: endpoint)
    }

    /// Sends a conversation to `modelId` (a model id, inference profile or ARN; percent-encoded into the path).
    public func converse(modelId: String, _ input: BedrockConverseInput) async throws -> BedrockConverseOutput {
        try await client.restJSON(
            method: "POST", path: "/model/" + SigV4Encoding.encode(modelId) + "/converse", input: input, to: service)
    }

    /// One user prompt with an optional system prompt; returns the reply's text (blocks joined) and the full output.
    public func converse(
        modelId: String, system: String? = nil, prompt: String, maxTokens: Int? = nil, temperature: Double? = nil
    ) async throws -> (text: String, output: BedrockConverseOutput) {
        let output = try await converse(
            modelId: modelId,
            BedrockConverseInput(
                messages: [BedrockMessage(role: "user", content: [BedrockContentBlock(text: prompt)])],
                system: system.map { [BedrockSystemBlock(text: $0)] },
                inferenceConfig: maxTokens == nil && temperature == nil
                    ? nil : BedrockInferenceConfiguration(maxTokens: maxTokens, temperature: temperature)))
        let text = (output.output?.message?.content ?? []).compactMap(\.text).joined()
        return (text, output)
    }
}
