#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Chooses practice items whose predicted P(correct) is closest to a target (0.75: hard enough to learn from,
/// easy enough to keep going), never an item whose spaced review is scheduled for later.
public struct PracticeSelector: Sendable {
    public var elo: EloModel
    /// The success rate practice aims at.
    public var target: Double

    public init(elo: EloModel = .standard, target: Double = 0.75) {
        self.elo = elo
        self.target = target
    }

    /// Up to `count` items of `exam`, best first; fewer when the bank runs out.
    ///
    /// - Parameters:
    ///   - abilities: the learner's rating per domain; a domain without one uses `overall`.
    ///   - itemRatings: Elo difficulties by question id; unrated items start from their difficulty label.
    ///   - cards: the learner's review cards by question id; an item whose card is not due is skipped.
    ///   - domains: restrict to these domains (for example the weakest), or `nil` for all.
    ///   - seed: breaks ties between equally suitable items reproducibly.
    public func select(
        count: Int, exam: String, bank: [Question], abilities: [Int: SkillRating], overall: SkillRating,
        itemRatings: [String: SkillRating], cards: [String: ReviewCard], now: Date, domains: Set<Int>? = nil,
        seed: UInt64
    ) -> [PracticePick] {
        guard count > 0 else { return [] }
        var candidates: [(pick: PracticePick, distance: Double, tie: UInt64)] = []
        for question in bank where question.exam == exam && question.type != .scenario {
            if let domains, !domains.contains(question.domain) { continue }
            let card = cards[question.id]
            if let card, !card.isDue(at: now) { continue }
            let ability = (abilities[question.domain] ?? overall).value
            let difficulty = EloModel.rating(of: question, in: itemRatings).value
            let probability = elo.probability(
                ability: ability, difficulty: difficulty, guess: EloModel.guessFloor(for: question))
            let reason =
                card == nil
                ? "New item; you have a \(Percent.text(probability)) chance of getting it right "
                    + "(practice aims at \(Percent.text(target)))."
                : "Due for review; you have a \(Percent.text(probability)) chance of getting it right."
            candidates.append(
                (
                    PracticePick(
                        questionId: question.id, domain: question.domain, probability: probability, reason: reason),
                    abs(probability - target), SeededGenerator.hash(question.id, seed: seed)
                ))
        }
        candidates.sort { ($0.distance, $0.tie) < ($1.distance, $1.tie) }
        return candidates.prefix(count).map(\.pick)
    }
}
