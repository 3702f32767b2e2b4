#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The Idempotency table: one item per key use, `id` = `<function>#<METHOD> <path>#<caller>#<key>` (the route and the
/// caller are part of the id, so one learner's key can never replay another learner's response, and one key sent to
/// two routes are two uses). TTL on `expires_at`.
///
/// Every method throws ``AWSError`` for table failures.
public protocol IdempotencyStore: Sendable {
    /// Claims `id` for a request whose hash is `requestHash`, with a conditional put that succeeds only when no
    /// live record exists (none, an expired one, or an in-progress claim whose lock ran out).
    func claim(
        id: String, requestHash: String, now: Date, lockSeconds: Int, ttlSeconds: Int
    ) async throws
        -> IdempotencyClaim
    /// Stores the response of a claimed request, so later uses replay it.
    func complete(
        id: String, requestHash: String, status: Int, headers: [String: String], body: Data, now: Date,
        ttlSeconds: Int
    ) async throws
    /// Gives a claim up (the request failed), so that a retry runs it afresh.
    func release(id: String, requestHash: String) async throws
}
