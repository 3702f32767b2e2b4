#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// ``UserStore`` over the Users table.
public struct DynamoDBUserStore: UserStore {
    let db: DynamoDBClient
    public let table: String
    let clock: any AWSClock

    public init(client: DynamoDBClient, table: String, clock: any AWSClock = SystemAWSClock()) {
        self.db = client.forStores()
        self.table = table
        self.clock = clock
    }

    static func key(_ userID: String) -> DynamoDBItem { ["user_id": .s(userID)] }

    public func profile(_ userID: String) async throws -> UserProfile? {
        try await db.get(UserProfile.self, from: table, key: Self.key(userID), consistentRead: true)
    }

    public func createIfAbsent(_ profile: UserProfile) async throws -> (profile: UserProfile, created: Bool) {
        var record = profile
        record.email = profile.email.lowercased()
        do {
            try await db.put(record, into: table, condition: .attributeNotExists("user_id"))
            return (record, true)
        } catch let error as AWSError where error.isConditionFailure {
            guard let existing = try await self.profile(profile.userId) else { throw error }
            return (existing, false)
        }
    }

    public func update(_ userID: String, _ changes: ProfileChanges, expectedVersion: Int?) async throws -> UserProfile {
        var update = DynamoDBUpdate()
        if let name = changes.name { update.set("name", to: .s(name)) }
        if let timezone = changes.timezone { update.set("timezone", to: .s(timezone)) }
        if let level = changes.level { update.set("level", to: .s(level.rawValue)) }
        var condition: DynamoDBCondition = .attributeExists("user_id")
        if let expectedVersion { condition = condition && .equals("version", .number(expectedVersion)) }
        return try await apply(update, to: userID, condition: condition)
    }

    public func setGoals(_ userID: String, _ goals: ProfileGoals) async throws -> UserProfile {
        var update = DynamoDBUpdate()
        update.set("goals", to: try db.encoder.encodeValue(goals))
        return try await apply(update, to: userID, condition: .attributeExists("user_id"))
    }

    public func markEmailVerified(_ userID: String) async throws {
        var update = DynamoDBUpdate()
        update.set("email_verified", to: true)
        _ = try await apply(update, to: userID, condition: .attributeExists("user_id"))
    }

    public func markSignupEventPublished(_ userID: String) async throws {
        var update = DynamoDBUpdate()
        update.set("signup_event_published", to: true)
        try await db.update(table: table, key: Self.key(userID), update: update, condition: .attributeExists("user_id"))
    }

    /// Applies `update` plus the version bump and timestamp when `condition` holds; returns the profile after. An
    /// update resent after it had landed finds its own timestamp and answers with the profile it made.
    private func apply(
        _ update: DynamoDBUpdate, to userID: String, condition: DynamoDBCondition
    ) async throws -> UserProfile {
        var update = update
        let stamp: DynamoDBItem = ["updated_at": .s(StoreTime.text(clock.now()))]
        update.add("version", 1)
        update.setAll(stamp)
        do {
            let item = try await db.update(
                table: table, key: Self.key(userID), update: update, condition: condition, returnValues: .allNew,
                returnOldItemOnFailure: true)
            guard let item else { throw StoreError(.notFound, "No profile exists for this user.") }
            return try db.decoder.decode(UserProfile.self, from: item)
        } catch let error as AWSError where error.isConditionFailure {
            if error.reportsOwnWrite(stamp), let item = error.item {
                return try db.decoder.decode(UserProfile.self, from: item)
            }
            throw try await db.staleOrMissing(table: table, key: Self.key(userID), name: "profile", error)
        }
    }
}
