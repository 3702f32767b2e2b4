// Bedrock Runtime Converse shapes (text only), with the service's camelCase JSON names.

/// One block of a message; only text is used here.
public struct BedrockContentBlock: Codable, Sendable, Equatable {
    public var text: String?

    public init(text: String? = nil) {
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case text = "text"
    }
}

/// A conversation turn.
public struct BedrockMessage: Codable, Sendable, Equatable {
    /// `user` or `assistant`.
    public var role: String
    public var content: [BedrockContentBlock]

    public init(role: String, content: [BedrockContentBlock]) {
        self.role = role
        self.content = content
    }

    enum CodingKeys: String, CodingKey {
        case role = "role"
        case content = "content"
    }
}

/// A system prompt block.
public struct BedrockSystemBlock: Codable, Sendable, Equatable {
    public var text: String

    public init(text: String) {
        self.text = text
    }

    enum CodingKeys: String, CodingKey {
        case text = "text"
    }
}

/// Sampling settings.
public struct BedrockInferenceConfiguration: Codable, Sendable, Equatable {
    public var maxTokens: Int?
    public var temperature: Double?
    public var topP: Double?
    public var stopSequences: [String]?

    public init(maxTokens: Int? = nil, temperature: Double? = nil, topP: Double? = nil, stopSequences: [String]? = nil)
    {
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.topP = topP
        self.stopSequences = stopSequences
    }

    enum CodingKeys: String, CodingKey {
        case maxTokens = "maxTokens"
        case temperature = "temperature"
        case topP = "topP"
        case stopSequences = "stopSequences"
    }
}

/// Converse request body (the model id goes in the path).
public struct BedrockConverseInput: Encodable, Sendable, Equatable {
    public var messages: [BedrockMessage]
    public var system: [BedrockSystemBlock]?
    public var inferenceConfig: BedrockInferenceConfiguration?

    public init(
        messages: [BedrockMessage], system: [BedrockSystemBlock]? = nil,
        inferenceConfig: BedrockInferenceConfiguration? = nil
    ) {
        self.messages = messages
        self.system = system
        self.inferenceConfig = inferenceConfig
    }

    enum CodingKeys: String, CodingKey {
        case messages = "messages"
        case system = "system"
        case inferenceConfig = "inferenceConfig"
    }
}

/// The `output` member of a Converse response.
public struct BedrockConverseOutputMessage: Decodable, Sendable, Equatable {
    public var message: BedrockMessage?

    public init(message: BedrockMessage? = nil) {
        self.message = message
    }

    enum CodingKeys: String, CodingKey {
        case message = "message"
    }
}

/// Tokens counted for billing.
public struct BedrockTokenUsage: Decodable, Sendable, Equatable {
    public var inputTokens: Int?
    public var outputTokens: Int?
    public var totalTokens: Int?

    public init(inputTokens: Int? = nil, outputTokens: Int? = nil, totalTokens: Int? = nil) {
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.totalTokens = totalTokens
    }

    enum CodingKeys: String, CodingKey {
        case inputTokens = "inputTokens"
        case outputTokens = "outputTokens"
        case totalTokens = "totalTokens"
    }
}

/// Model latency.
public struct BedrockConverseMetrics: Decodable, Sendable, Equatable {
    public var latencyMs: Int?

    public init(latencyMs: Int? = nil) {
        self.latencyMs = latencyMs
    }

    enum CodingKeys: String, CodingKey {
        case latencyMs = "latencyMs"
    }
}

/// Converse response.
public struct BedrockConverseOutput: Decodable, Sendable, Equatable {
    public var output: BedrockConverseOutputMessage?
    /// `end_turn`, `max_tokens`, `stop_sequence`, `guardrail_intervened`, `content_filtered`, …
    public var stopReason: String?
    public var usage: BedrockTokenUsage?
    public var metrics: BedrockConverseMetrics?

    public init(
        output: BedrockConverseOutputMessage? = nil, stopReason: String? = nil, usage: BedrockTokenUsage? = nil,
        metrics: BedrockConverseMetrics? = nil
    ) {
        self.output = output
        self.stopReason = stopReason
        self.usage = usage
        self.metrics = metrics
    }

    enum CodingKeys: String, CodingKey {
        case output = "output"
        case stopReason = "stopReason"
        case usage = "usage"
        case metrics = "metrics"
    }
}
