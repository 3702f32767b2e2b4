import Synchronization

/// The client-wide retry token bucket of AWS standard mode: each retry spends tokens, each success returns some, and
/// when the bucket is empty failures are returned at once instead of retried, so that a struggling service is not
/// hit with a storm of retries. Share one quota among all clients of a process.
public final class AWSRetryQuota: Sendable {
    public let capacity: Int
    public let retryCost: Int
    public let timeoutCost: Int
    /// Returned after a success that needed no retry.
    public let successIncrement: Int
    private let tokens: Mutex<Int>

    public init(capacity: Int = 500, retryCost: Int = 5, timeoutCost: Int = 10, successIncrement: Int = 1) {
        self.capacity = capacity
        self.retryCost = retryCost
        self.timeoutCost = timeoutCost
        self.successIncrement = successIncrement
        self.tokens = Mutex(capacity)
    }

    /// Tokens left.
    public var available: Int { tokens.withLock { $0 } }

    /// Takes the cost of one retry of `kind`; `nil` (and nothing taken) when the bucket cannot pay it.
    public func acquire(for kind: AWSRetryPolicy.Kind) -> Int? {
        let cost = kind == .timeout ? timeoutCost : retryCost
        return tokens.withLock { tokens in
            guard tokens >= cost else { return nil }
            tokens -= cost
            return cost
        }
    }

    /// Returns `amount` tokens after a success (the retry costs it spent, or ``successIncrement``).
    public func release(_ amount: Int) {
        tokens.withLock { tokens in tokens = min(capacity, tokens + amount) }
    }
}
