/// AWS "standard" retry mode: which failures are retried, how many attempts, and the full-jitter exponential backoff
/// between them (`random(0, 1) × min(base × 2^retry, cap)`), with a larger base after throttling.
public struct AWSRetryPolicy: Sendable, Equatable {
    /// Why a failure may be retried; decides the backoff base and the retry-quota cost.
    public enum Kind: Sendable, Equatable {
        case throttling
        case transient
        case timeout
    }

    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// Backoff base for transient errors.
    public var baseDelay: Duration
    /// Backoff base after a throttling error.
    public var throttlingBaseDelay: Duration
    /// No single wait exceeds this, whatever the attempt or a `Retry-After` header asks.
    public var maxBackoff: Duration

    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .milliseconds(50), throttlingBaseDelay: Duration = .seconds(1),
        maxBackoff: Duration = .seconds(20)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.throttlingBaseDelay = throttlingBaseDelay
        self.maxBackoff = maxBackoff
    }

    /// The SDK default: 3 attempts, 50 ms base, 1 s after throttling, 20 s cap.
    public static let standard = AWSRetryPolicy()
    /// DynamoDB under AWS's 2026 retry rules: 4 attempts, 25 ms base, 1 s after throttling, 20 s cap.
    public static let dynamoDB = AWSRetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(25))
    /// Never retries.
    public static let none = AWSRetryPolicy(maxAttempts: 1)

    /// Error codes that mean "slow down" (reference/aws-clients.md §4).
    public static let throttlingCodes: Set<String> = [
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
        "TooManyRequestsException", "ProvisionedThroughputExceededException", "TransactionInProgressException",
        "RequestLimitExceeded", "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown",
        "PriorRequestNotComplete", "EC2ThrottledException",
    ]

    /// Error codes of failures that a retry usually cures.
    public static let transientCodes: Set<String> = [
        "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "InternalError",
        "InternalServerError", "ServiceUnavailable", "IDPCommunicationError", AWSError.Code.crc32Mismatch.rawValue,
        AWSError.Code.connectionFailed.rawValue,
        // A single-item write refused because a transaction held the item: nothing was written.
        "TransactionConflictException",
    ]

    /// HTTP statuses retried whatever the code.
    public static let transientStatuses: Set<Int> = [500, 502, 503, 504]

    /// Whether and why `error` may be retried; `nil` for errors a retry cannot fix (validation, conditions, auth).
    public func classify(_ error: AWSError) -> Kind? {
        if error.code == .timedOut && error.status == 0 { return .timeout }
        if Self.throttlingCodes.contains(error.code.rawValue) || error.status == 429 { return .throttling }
        if Self.transientCodes.contains(error.code.rawValue) || Self.transientStatuses.contains(error.status) {
            return .transient
        }
        return nil
    }

    /// Whether `error` is a cancelled transaction whose failing items all report `TransactionConflict` (another
    /// transaction or write held them): nothing was written and the same actions may succeed a moment later. A
    /// cancellation with any other reason (a failed condition) is the caller's to handle.
    ///
    /// ``AWSClient`` does not retry these itself: it would resend the same `ClientRequestToken`, and DynamoDB
    /// documents what a token does for a transaction that succeeded, not for one it cancelled.
    /// ``DynamoDBClient/transactWrite(_:clientRequestToken:)`` retries them under a fresh token, within
    /// ``maxAttempts`` rounds.
    public static func isTransactionConflict(_ error: AWSError) -> Bool {
        guard error.code == .transactionCanceled else { return false }
        let failing = error.cancellationReasons.filter { $0.code != "None" }
        return !failing.isEmpty && failing.allSatisfy { $0.code == "TransactionConflict" }
    }

    /// The wait before retry number `retry` (1 for the first retry).
    ///
    /// - Parameters:
    ///   - random: a number in `0..<1` (injected so that tests are deterministic).
    ///   - retryAfter: what the server asked for (`x-amz-retry-after` or `Retry-After`); honoured up to the cap.
    public func delay(retry: Int, kind: Kind, random: Double, retryAfter: Duration? = nil) -> Duration {
        if let retryAfter { return min(max(retryAfter, .zero), maxBackoff) }
        let base = kind == .throttling ? throttlingBaseDelay : baseDelay
        let exponent = min(max(retry - 1, 0), 30)
        let ceiling = min(base * (1 << exponent), maxBackoff)
        return ceiling * min(max(random, 0), 1)
    }
}
