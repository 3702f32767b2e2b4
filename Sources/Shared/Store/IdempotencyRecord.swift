#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One use of an `Idempotency-Key`: claimed while its request runs, then holding the response to replay.
public struct IdempotencyRecord: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable, Hashable {
        case inProgress = "in_progress"
        case completed
    }

    /// `<function>#<METHOD> <path>#<caller>#<key>`.
    public var id: String
    public var status: Status
    /// SHA-256 (hex) of the method, path and body: a second use of the key must send the same request.
    public var requestHash: String
    /// Epoch seconds; the table's TTL attribute (`expires_at`), so DynamoDB deletes the record after a day.
    public var expiresAt: Int
    /// Epoch seconds until which an in-progress claim blocks others; a claim whose holder crashed frees itself then.
    public var lockedUntil: Int?
    /// A random id of the claim, so that a claim resent after it had landed can tell itself from another request's.
    public var claim: String?
    public var responseStatus: Int?
    public var responseHeaders: [String: String]?
    public var responseBody: Data?

    public init(
        id: String, status: Status, requestHash: String, expiresAt: Int, lockedUntil: Int? = nil,
        claim: String? = nil, responseStatus: Int? = nil, responseHeaders: [String: String]? = nil,
        responseBody: Data? = nil
    ) {
        self.id = id
        self.status = status
        self.requestHash = requestHash
        self.expiresAt = expiresAt
        self.lockedUntil = lockedUntil
        self.claim = claim
        self.responseStatus = responseStatus
        self.responseHeaders = responseHeaders
        self.responseBody = responseBody
    }
}
