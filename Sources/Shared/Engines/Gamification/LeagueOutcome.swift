/// Where a member finished the week and which tier they play next week.
public struct LeagueOutcome: Codable, Sendable, Hashable {
    public enum Movement: String, Codable, Sendable, Hashable {
        case promoted, stayed, demoted
    }

    public var userId: String
    /// 1-based.
    public var rank: Int
    public var weeklyPoints: Int
    public var fromTier: LeagueTier
    public var toTier: LeagueTier
    public var movement: Movement

    public init(userId: String, rank: Int, weeklyPoints: Int, fromTier: LeagueTier, toTier: LeagueTier) {
        self.userId = userId
        self.rank = rank
        self.weeklyPoints = weeklyPoints
        self.fromTier = fromTier
        self.toTier = toTier
        movement = toTier > fromTier ? .promoted : toTier < fromTier ? .demoted : .stayed
    }
}
