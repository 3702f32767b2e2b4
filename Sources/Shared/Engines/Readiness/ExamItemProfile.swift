#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the readiness model needs from an exam's catalog, computed once and shared by every learner of the exam:
/// each domain's difficulty mix (a few representative items) and each question's difficulty and guessing floor.
public struct ExamItemProfile: Sendable {
    /// A question as the ability model sees it.
    struct Item: Sendable, Hashable {
        var difficulty: Double
        var guess: Double
    }

    public let blueprint: ExamBlueprint
    /// Representative items per domain number, ordered by difficulty.
    let pools: [Int: [Item]]
    /// Every objective question of the exam by id.
    let items: [String: Item]

    /// The profile of `blueprint` from its question bank.
    ///
    /// - Parameters:
    ///   - itemRatings: Elo difficulties by question id; unrated questions use their difficulty label.
    ///   - itemPoints: representative items kept per domain (evenly spaced in difficulty order); a domain with no
    ///     questions gets a typical mix (−1, 0, +1 logits, 1-in-4 guessing).
    public init(blueprint: ExamBlueprint, bank: [Question], itemRatings: [String: SkillRating], itemPoints: Int = 8) {
        self.blueprint = blueprint
        var items: [String: Item] = [:]
        var pools: [Int: [Item]] = [:]
        for question in bank where question.exam == blueprint.code && question.type != .scenario {
            let item = Item(
                difficulty: EloModel.rating(of: question, in: itemRatings).value,
                guess: EloModel.guessFloor(for: question))
            items[question.id] = item
            pools[question.domain, default: []].append(item)
        }
        for (domain, pool) in pools { pools[domain] = Self.representatives(of: pool, count: itemPoints) }
        self.items = items
        self.pools = pools
    }

    func pool(_ domain: Int) -> [Item] {
        pools[domain] ?? [
            Item(difficulty: -1, guess: 0.25), Item(difficulty: 0, guess: 0.25), Item(difficulty: 1, guess: 0.25),
        ]
    }

    /// `count` items spread evenly over the pool's difficulty order (all of them when the pool is small).
    static func representatives(of pool: [Item], count: Int) -> [Item] {
        let sorted = pool.sorted {
            $0.difficulty != $1.difficulty ? $0.difficulty < $1.difficulty : $0.guess < $1.guess
        }
        guard sorted.count > count, count > 0 else { return sorted }
        return (0..<count).map { sorted[Int((Double($0) + 0.5) / Double(count) * Double(sorted.count))] }
    }
}
