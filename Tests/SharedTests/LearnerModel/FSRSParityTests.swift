import Foundation
import Testing

@testable import Shared

/// Parity with the reference `fsrs` package: every state, step, stability, difficulty, retrievability and due time
/// of the golden traces written by `scripts/fsrs-golden.py` (fuzz off).
@Suite("FSRS parity with py-fsrs golden traces")
struct FSRSParityTests {
    struct Golden: Decodable {
        let fsrs: String
        let sequences: [Sequence]
    }

    struct Sequence: Decodable {
        let config: Config
        let reviews: [Review]
    }

    struct Config: Decodable {
        let parameters: [Double]?
        let desiredRetention: Double?
        let learningSteps: [Double]?
        let relearningSteps: [Double]?
        let maximumInterval: Int?

        enum CodingKeys: String, CodingKey {
            case parameters
            case desiredRetention = "desired_retention"
            case learningSteps = "learning_steps"
            case relearningSteps = "relearning_steps"
            case maximumInterval = "maximum_interval"
        }
    }

    struct Review: Decodable {
        let t: Double
        let rating: Int
        let r: Double
        let state: Int
        let step: Int?
        let s: Double
        let d: Double
        let due: Double
    }

    static let epoch = Date(timeIntervalSince1970: 1_704_067_200)  // 2024-01-01T00:00:00Z, as in the script

    static func load() throws -> Golden {
        let data = try Data(contentsOf: LearnerModelFixtures.url("fsrs/golden-traces.json"))
        return try JSONDecoder().decode(Golden.self, from: data)
    }

    @Test("at least 1,000 sequences from fsrs 6.3.x match to 1e-6 with identical states and due times")
    func goldenTraces() throws {
        let golden = try Self.load()
        #expect(golden.fsrs.hasPrefix("6.3."))
        #expect(golden.sequences.count >= 1_000)
        var maxError = 0.0
        var reviews = 0
        var mismatches: [String] = []
        for (index, sequence) in golden.sequences.enumerated() {
            let parameters = try FSRSParameters(weights: sequence.config.parameters ?? FSRSParameters.defaultWeights)
            let scheduler = FSRSScheduler(
                parameters: parameters, desiredRetention: sequence.config.desiredRetention ?? 0.9,
                learningSteps: sequence.config.learningSteps ?? [60, 600],
                relearningSteps: sequence.config.relearningSteps ?? [600],
                maximumInterval: sequence.config.maximumInterval ?? 36_500)
            var card = ReviewCard(id: "q\(index)", due: Self.epoch)
            for (position, expected) in sequence.reviews.enumerated() {
                let at = Self.epoch.addingTimeInterval(expected.t)
                let r = scheduler.retrievability(of: card, at: at)
                card = scheduler.review(card, rating: ReviewRating(rawValue: expected.rating)!, at: at)
                reviews += 1
                let errors = [
                    abs(r - expected.r), abs((card.stability ?? .nan) - expected.s),
                    abs((card.difficulty ?? .nan) - expected.d),
                ]
                maxError = max(maxError, errors.max() ?? .infinity)
                let sameSchedule =
                    card.state.rawValue == expected.state && card.step == expected.step
                    && card.due == Self.epoch.addingTimeInterval(expected.due)
                if !sameSchedule || !(errors.max()! <= 1e-6) {
                    mismatches.append("sequence \(index) review \(position): \(card) vs \(expected)")
                    break
                }
            }
        }
        print("FSRS parity: \(golden.sequences.count) sequences, \(reviews) reviews, max abs error \(maxError)")
        #expect(mismatches.isEmpty, "\(mismatches.count) sequences diverge; first: \(mismatches.first ?? "")")
        #expect(maxError <= 1e-6)
    }
}
