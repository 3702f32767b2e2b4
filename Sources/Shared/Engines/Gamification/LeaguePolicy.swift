/// How weekly leagues are formed and closed.
public struct LeaguePolicy: Codable, Sendable, Hashable {
    /// Members per group when a tier's members are split into groups.
    public var groupSize: Int = 30
    /// At most this many top finishers are promoted, and never more than a third of the group.
    public var promotedPerGroup: Int = 5
    /// At most this many bottom finishers are demoted, and never more than a third of the group.
    public var demotedPerGroup: Int = 5

    public init() {}
}
