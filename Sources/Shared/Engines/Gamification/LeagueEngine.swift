#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Weekly leagues: members of a tier play in groups; at the end of the week the top finishers move up a tier
/// and the bottom finishers move down.
///
/// Ranking is by weekly points, then by who reached them first, then by user id, so it is total and
/// deterministic. Members with no points this week are never promoted and are always demoted (unless already
/// in the lowest tier), so an idle week cannot hold a place in a higher tier.
public struct LeagueEngine: Sendable {
    public var policy: LeaguePolicy

    public init(policy: LeaguePolicy = LeaguePolicy()) {
        self.policy = policy
    }

    /// Splits `members` into groups of at most `groupSize`, shuffled reproducibly by `seed` so that groups
    /// mix sign-up dates; the last groups are balanced rather than left small.
    public func formGroups(_ members: [LeagueMember], seed: UInt64) -> [[LeagueMember]] {
        guard !members.isEmpty else { return [] }
        var generator = SeededGenerator(seed: seed)
        var shuffled = members.sorted { $0.userId < $1.userId }
        for index in stride(from: shuffled.count - 1, to: 0, by: -1) {
            let other = Int(generator.next() % UInt64(index + 1))
            shuffled.swapAt(index, other)
        }
        let size = max(1, policy.groupSize)
        let groupCount = (shuffled.count + size - 1) / size
        var groups = Array(repeating: [LeagueMember](), count: groupCount)
        for (index, member) in shuffled.enumerated() {
            groups[index % groupCount].append(member)
        }
        return groups
    }

    /// Members of one group, best first.
    public func standings(_ group: [LeagueMember]) -> [LeagueMember] {
        group.sorted { lhs, rhs in
            if lhs.weeklyPoints != rhs.weeklyPoints { return lhs.weeklyPoints > rhs.weeklyPoints }
            switch (lhs.reachedAt, rhs.reachedAt) {
            case (let left?, let right?) where left != right: return left < right
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.userId < rhs.userId
            }
        }
    }

    /// Closes the week for one group.
    public func closeWeek(_ group: [LeagueMember]) -> [LeagueOutcome] {
        let ranked = standings(group)
        let promote = min(max(0, policy.promotedPerGroup), ranked.count / 3)
        let demote = min(max(0, policy.demotedPerGroup), ranked.count / 3)
        return ranked.enumerated().map { index, member in
            var tier = member.tier
            if index < promote, member.weeklyPoints > 0, let next = member.tier.next {
                tier = next
            } else if index >= ranked.count - demote || member.weeklyPoints <= 0, let previous = member.tier.previous {
                tier = previous
            }
            return LeagueOutcome(
                userId: member.userId, rank: index + 1, weeklyPoints: member.weeklyPoints, fromTier: member.tier,
                toTier: tier)
        }
    }

    /// The members within `radius` places of `userId` in the standings (the learner included), for a
    /// neighbours-only leaderboard; empty when the user is not in the group.
    public func neighbours(of userId: String, in group: [LeagueMember], radius: Int = 3) -> [LeagueMember] {
        let ranked = standings(group)
        guard let index = ranked.firstIndex(where: { $0.userId == userId }) else { return [] }
        return Array(ranked[max(0, index - radius)...min(ranked.count - 1, index + radius)])
    }
}
