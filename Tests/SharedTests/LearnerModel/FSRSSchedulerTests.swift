import Foundation
import Testing

@testable import Shared

@Suite("FSRS-6 scheduler properties")
struct FSRSSchedulerTests {
    let scheduler = FSRSScheduler()
    static let now = LearnerModelFixtures.now

    @Test("the 21 defaults, desired retention 0.9, 1 and 10 minute learning steps, a 10 minute relearning step")
    func defaults() {
        #expect(FSRSParameters.default.weights.count == 21)
        #expect(FSRSParameters.default.weights.first == 0.212 && FSRSParameters.default.weights.last == 0.1542)
        #expect(scheduler.desiredRetention == 0.9)
        #expect(scheduler.learningSteps == [60, 600] && scheduler.relearningSteps == [600])
        #expect(scheduler.maximumInterval == 36_500)
    }

    @Test("weights are validated: count and bounds")
    func validation() {
        #expect(throws: FSRSParameters.ValidationError.wrongCount(19)) {
            try FSRSParameters(weights: Array(FSRSParameters.defaultWeights.prefix(19)))
        }
        var weights = FSRSParameters.defaultWeights
        weights[20] = 0.05
        #expect(throws: FSRSParameters.ValidationError.outOfBounds(index: 20, value: 0.05, lower: 0.1, upper: 0.8)) {
            try FSRSParameters(weights: weights)
        }
    }

    @Test("retrievability is 0.9 after S days and the 0.9 interval equals S, for any stability")
    func curve() {
        let parameters = FSRSParameters.default
        for stability in stride(from: 0.1, through: 500, by: 7.3) {
            #expect(abs(parameters.retrievability(elapsedDays: stability, stability: stability) - 0.9) < 1e-12)
            #expect(abs(parameters.interval(stability: stability, retention: 0.9) - stability) < 1e-9)
            #expect(parameters.interval(stability: stability, retention: 0.95) < stability)
        }
    }

    @Test("a new card: Good goes to the 10-minute step, Easy graduates, Again stays at 1 minute")
    func newCard() {
        let card = ReviewCard(id: "q", due: Self.now)
        let good = scheduler.review(card, rating: .good, at: Self.now)
        #expect(good.state == .learning && good.step == 1 && good.due == Self.now + 600)
        let easy = scheduler.review(card, rating: .easy, at: Self.now)
        #expect(easy.state == .review && easy.step == nil && easy.stability == 8.2956)
        let again = scheduler.review(card, rating: .again, at: Self.now)
        #expect(again.step == 0 && again.due == Self.now + 60 && scheduler.retrievability(of: card, at: Self.now) == 0)
    }

    @Test("fuzz keeps a review interval within the reference's range and leaves short ones alone")
    func fuzz() {
        let card = ReviewCard(
            id: "q", state: .review, stability: 30, difficulty: 5, due: Self.now, lastReview: Self.now - 30 * 86_400)
        let plain = scheduler.review(card, rating: .good, at: Self.now)
        let days = plain.due.timeIntervalSince(Self.now) / 86_400
        var seen: Set<Double> = []
        for step in 0..<100 {
            let fuzzed = scheduler.review(card, rating: .good, at: Self.now, fuzz: Double(step) / 100)
            let fuzzedDays = fuzzed.due.timeIntervalSince(Self.now) / 86_400
            #expect(abs(fuzzedDays - days) <= 1 + 0.15 * 4.5 + 0.1 * 13 + 0.05 * max(days - 20, 0) + 1)
            #expect(fuzzed.stability == plain.stability)
            seen.insert(fuzzedDays)
        }
        #expect(seen.count > 3)
        let young = ReviewCard(id: "q", due: Self.now)
        #expect(scheduler.review(young, rating: .good, at: Self.now, fuzz: 0.99).due == Self.now + 600)
    }
}
