/// What claiming an idempotency key found.
public enum IdempotencyClaim: Sendable, Equatable {
    /// The key is this request's: run it, then complete or release the claim.
    case acquired
    /// The same request ran to completion before: replay its response.
    case completed(IdempotencyRecord)
    /// The same request is running right now.
    case inProgress
    /// The key was used with a different request.
    case mismatch
}
