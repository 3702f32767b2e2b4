/// EventBridge (AWS JSON 1.1): publishing events in calls of at most 10 entries, retrying the entries that failed
/// for a transient reason; and the rule calls that local provisioning and tests need.
public struct EventBridgeClient: Sendable {
    /// The most entries one PutEvents call accepts.
    public static let maxEntriesPerCall = 10
    /// Per-entry error codes worth resending.
    public static let retryableEntryCodes: Set<String> = [
        "ThrottlingException", "InternalFailure", "InternalException", "ServiceUnavailable",
    ]

    public let client: AWSClient
    public let service: AWSService

    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "EventBridge", signingName: "events", endpointPrefix: "events", region: region,
            environment: environment, endpoint: endpoint)
    }

    func call<Input: Encodable, Output: Decodable>(_ operation: String, _ input: Input) async throws -> Output {
        try await client.json(target: "AWSEvents." + operation, input: input, to: service, jsonVersion: "1.1")
    }

    /// The raw PutEvents call (no splitting, no per-entry retries).
    public func putEventsCall(_ entries: [EventBridgeEntry]) async throws -> EventBridgePutEventsOutput {
        try await call("PutEvents", EventBridgePutEventsInput(entries: entries))
    }

    /// Publishes `entries` in calls of at most 10, resending entries that failed with a retryable code (with backoff,
    /// up to the retry policy's attempts).
    ///
    /// - Returns: one result per entry, in order: an event id, or the error code and message of an entry that still
    ///   failed (invalid detail, unknown bus, or retries exhausted). Callers decide whether that is fatal.
    /// - Throws: ``AWSError`` when a whole call fails.
    public func putEvents(_ entries: [EventBridgeEntry]) async throws -> [EventBridgeResultEntry] {
        var results = [EventBridgeResultEntry](repeating: EventBridgeResultEntry(), count: entries.count)
        for start in stride(from: 0, to: entries.count, by: Self.maxEntriesPerCall) {
            var pending = Array(start..<min(start + Self.maxEntriesPerCall, entries.count))
            var attempt = 1
            while !pending.isEmpty {
                let output = try await putEventsCall(pending.map { entries[$0] })
                let answers = output.entries ?? []
                var retry: [Int] = []
                for (offset, index) in pending.enumerated() {
                    let answer =
                        offset < answers.count ? answers[offset] : EventBridgeResultEntry(errorCode: "MissingResult")
                    results[index] = answer
                    if let code = answer.errorCode, Self.retryableEntryCodes.contains(code) { retry.append(index) }
                }
                guard !retry.isEmpty, attempt < service.retryPolicy.maxAttempts else { break }
                try await client.backoff(retry: attempt, kind: .throttling, policy: service.retryPolicy)
                attempt += 1
                pending = retry
            }
        }
        return results
    }

    /// Creates or updates a rule on a bus (the default bus when `eventBusName` is nil); returns its ARN.
    @discardableResult
    public func putRule(name: String, eventPattern: String, eventBusName: String? = nil) async throws -> String? {
        let output: EventBridgePutRuleOutput = try await call(
            "PutRule", EventBridgePutRuleInput(name: name, eventPattern: eventPattern, eventBusName: eventBusName))
        return output.ruleArn
    }

    /// Adds targets to a rule.
    public func putTargets(rule: String, targets: [EventBridgeTarget], eventBusName: String? = nil) async throws {
        let _: AWSEmptyOutput = try await call(
            "PutTargets", EventBridgePutTargetsInput(rule: rule, targets: targets, eventBusName: eventBusName))
    }
}
