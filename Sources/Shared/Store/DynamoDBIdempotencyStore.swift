#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// ``IdempotencyStore`` over the Idempotency table.
public struct DynamoDBIdempotencyStore: IdempotencyStore {
    let db: DynamoDBClient
    public let table: String

    public init(client: DynamoDBClient, table: String) {
        self.db = client.forStores()
        self.table = table
    }

    static func key(_ id: String) -> DynamoDBItem { ["id": .s(id)] }

    public func claim(
        id: String, requestHash: String, now: Date, lockSeconds: Int, ttlSeconds: Int
    ) async throws -> IdempotencyClaim {
        let seconds = Int(now.timeIntervalSince1970)
        let record = IdempotencyRecord(
            id: id, status: .inProgress, requestHash: requestHash, expiresAt: seconds + ttlSeconds,
            lockedUntil: seconds + lockSeconds, claim: UUID().uuidString)
        let item = try db.encoder.encode(record)
        let free: DynamoDBCondition =
            .attributeNotExists("id") || .lessThan("expires_at", .number(seconds))
            || (.equals("status", .s(IdempotencyRecord.Status.inProgress.rawValue))
                && .lessThan("locked_until", .number(seconds)))
        for _ in 0..<2 {
            do {
                try await db.putItem(item, into: table, condition: free, returnOldItemOnFailure: true)
                return .acquired
            } catch let error as AWSError where error.isConditionFailure {
                // A claim resent after it had landed finds itself: it is this request's.
                if error.reportsOwnWrite(item) { return .acquired }
                guard
                    let existing = try await db.get(
                        IdempotencyRecord.self, from: table, key: Self.key(id), consistentRead: true)
                else { continue }  // expired and deleted in between: claim again
                if existing.requestHash != requestHash { return .mismatch }
                return existing.status == .completed ? .completed(existing) : .inProgress
            }
        }
        return .inProgress
    }

    public func complete(
        id: String, requestHash: String, status: Int, headers: [String: String], body: Data, now: Date,
        ttlSeconds: Int
    ) async throws {
        var update = DynamoDBUpdate()
        update.set("status", to: .s(IdempotencyRecord.Status.completed.rawValue))
        update.set("response_status", to: .number(status))
        update.set("response_headers", to: try db.encoder.encodeValue(headers))
        update.set("response_body", to: .b(body))
        update.set("expires_at", to: .number(Int(now.timeIntervalSince1970) + ttlSeconds))
        update.remove("locked_until")
        try await db.update(
            table: table, key: Self.key(id), update: update,
            condition: .equals("request_hash", .s(requestHash))
                && .equals("status", .s(IdempotencyRecord.Status.inProgress.rawValue)))
    }

    public func release(id: String, requestHash: String) async throws {
        do {
            try await db.delete(
                table: table, key: Self.key(id),
                condition: .equals("request_hash", .s(requestHash))
                    && .equals("status", .s(IdempotencyRecord.Status.inProgress.rawValue)))
        } catch let error as AWSError where error.isConditionFailure {
            // Someone else's claim now (ours expired): nothing of ours to release.
        }
    }
}
