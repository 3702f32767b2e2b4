#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Elo-style ratings for learners and items on the logit scale (Pelánek 2016), with a guessing floor for
/// multiple-choice items and an update step that shrinks as a rating gathers answers: K(n) = α / (1 + β·n).
public struct EloModel: Sendable, Hashable, Codable {
    /// The step of a rating with no answers yet.
    public var alpha: Double
    /// How fast the step shrinks with the number of answers.
    public var beta: Double

    /// α = 1, β = 0.05, as the literature suggests for cold start.
    public static let standard = EloModel(alpha: 1, beta: 0.05)

    public init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// The update step for a rating that already has `answers` answers.
    public func k(answers: Int) -> Double { alpha / (1 + beta * Double(answers)) }

    /// P(correct) = c + (1 − c)·σ(ability − difficulty).
    public func probability(ability: Double, difficulty: Double, guess: Double) -> Double {
        guess + (1 - guess) / (1 + exp(difficulty - ability))
    }

    /// Both ratings after one answer with the given score (1 right, 0 wrong, or a fraction).
    public func update(
        learner: SkillRating, item: SkillRating, guess: Double, score: Double
    )
        -> (learner: SkillRating, item: SkillRating)
    {
        let surprise = score - probability(ability: learner.value, difficulty: item.value, guess: guess)
        return (
            SkillRating(value: learner.value + k(answers: learner.answers) * surprise, answers: learner.answers + 1),
            SkillRating(value: item.value - k(answers: item.answers) * surprise, answers: item.answers + 1)
        )
    }

    /// The chance of answering an item by guessing: 1 / options for single-answer items, 1 / C(options, choose)
    /// for multiple-response items (no partial credit), 0 for free-text scenarios.
    public static func guessFloor(for question: Question) -> Double {
        guessFloor(type: question.type, options: question.options.count, choose: question.choose)
    }

    /// The guessing floor from an item's shape; 4 options and 2 keys when the counts are unknown.
    public static func guessFloor(type: QuestionType, options: Int = 0, choose: Int? = nil) -> Double {
        switch type {
        case .scenario:
            return 0
        case .single:
            return 1 / Double(max(options, 4))
        case .multiple:
            let n = max(options, 5)
            let k = min(max(choose ?? 2, 1), n)
            let combinations = (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
            return 1 / combinations
        }
    }

    /// A cold-start difficulty from the author's label: beginner −1, intermediate 0, advanced +1 logit.
    public static func initialDifficulty(_ label: Difficulty) -> Double {
        switch label {
        case .beginner: return -1
        case .intermediate: return 0
        case .advanced: return 1
        }
    }

    /// The item's rating if it has one, else a cold-start rating from its label.
    public static func rating(of question: Question, in ratings: [String: SkillRating]) -> SkillRating {
        ratings[question.id] ?? SkillRating(value: initialDifficulty(question.difficulty))
    }
}
