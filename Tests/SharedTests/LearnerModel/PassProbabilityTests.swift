import Foundation
import Testing

@testable import Shared

@Suite("Pass probability, per-domain readiness and the exam score model")
struct PassProbabilityTests {
    static let learner = LearnerSimulator()
    let engine = PassProbabilityEngine()

    func predict(_ answers: [AnswerRecord], retention: [Int: Double] = [:], seed: UInt64 = 1) -> PassPrediction {
        engine.predict(
            profile: Self.learner.profile, answers: answers, retention: retention, examDate: LearnerModelFixtures.now,
            seed: seed)
    }

    @Test("the score distribution equals brute-force enumeration of every answer pattern")
    func exactScoreDistribution() {
        let model = ExamScoreModel(
            domains: [
                .init(number: 1, weight: 60, items: 3, difficulties: [0], guesses: [0], retention: 1),
                .init(number: 2, weight: 40, items: 2, difficulties: [0], guesses: [0], retention: 1),
            ], cut: 3, scoredItems: 5, cutFraction: 0.6)
        var tails = [0.0, 0.0]
        var scratch = ExamScoreModel.Scratch(scoredItems: 5)
        for (p1, p2) in [(0.3, 0.8), (0.9, 0.1), (0.5, 0.5), (1, 0), (0, 1)] {
            var brute = 0.0
            for pattern in 0..<32 {
                let right = (0..<5).filter { pattern & (1 << $0) != 0 }
                let probability = (0..<5).reduce(1.0) { product, item in
                    let p = item < 3 ? p1 : p2
                    return product * (right.contains(item) ? p : 1 - p)
                }
                if right.count >= 3 { brute += probability }
            }
            let exact = model.passProbability([p1, p2], domainTails: &tails, scratch: &scratch)
            #expect(abs(exact - brute) < 1e-12, "p = \(p1), \(p2)")
            #expect(abs(tails[0] - (3 * p1 * p1 * (1 - p1) + p1 * p1 * p1)) < 1e-12)  // domain 1 needs 2 of 3
        }
    }

    @Test("binomial probabilities sum to one and stay finite at the extremes")
    func binomialSums() {
        var pmf = [Double](repeating: 0, count: 80)
        for n in [0, 1, 10, 50, 75] {
            for p in [0, 1e-15, 0.01, 0.25, 0.5, 0.75, 0.99, 1 - 1e-15, 1] {
                ExamScoreModel.binomial(n: n, p: p, into: &pmf)
                let total = pmf[0...n].reduce(0, +)
                #expect(abs(total - 1) < 1e-9 && pmf[0...n].allSatisfy { $0.isFinite && $0 >= 0 }, "n \(n) p \(p)")
            }
        }
    }

    @Test("SAA-C03: 50 scored items split 15/13/12/10 and an assumed raw cut of 36, stated as an assumption")
    func examShape() {
        let prediction = predict([])
        #expect(prediction.domains.map(\.examItems) == [15, 13, 12, 10])
        #expect(prediction.domains.map(\.weight) == [30, 26, 24, 20])
        #expect(prediction.rawCut == 36 && prediction.scoredItems == 50)
        #expect(prediction.assumptions.first?.contains("36 of 50") == true)
        #expect(prediction.lower <= prediction.probability && prediction.probability <= prediction.upper)
        #expect(prediction.upper - prediction.lower > 0.3)  // no evidence: a wide interval
    }

    @Test("the same inputs and seed give the same prediction; the seed only moves the Monte Carlo noise")
    func deterministic() {
        let answers = Self.learner.answers(count: 120, seed: 3) { _ in 0.5 }
        #expect(predict(answers, seed: 9) == predict(answers, seed: 9))
        #expect(abs(predict(answers, seed: 9).probability - predict(answers, seed: 10).probability) < 0.08)
    }

    @Test("strong learners are predicted to pass, weak ones to fail, with tight intervals")
    func separatesLearners() {
        let strong = predict(Self.learner.answers(count: 200, seed: 4) { _ in 2.5 })
        let weak = predict(Self.learner.answers(count: 200, seed: 5) { _ in -1.5 })
        #expect(strong.probability > 0.95 && strong.lower > 0.8)
        #expect(weak.probability < 0.05 && weak.upper < 0.2)
        #expect(strong.weightedReadiness > weak.weightedReadiness)
        #expect(strong.domains.reduce(0) { $0 + $1.answers } == 200)  // 200 distinct items, all counted
        #expect(weak.domains.map(\.pointsAtRisk).reduce(0, +) > strong.domains.map(\.pointsAtRisk).reduce(0, +))
    }

    @Test("forgetting lowers the prediction: less retention, lower P(pass)", arguments: [0.4, 0.7, 0.9])
    func forgettingLowersReadiness(retention: Double) {
        let answers = Self.learner.answers(count: 150, seed: 6) { _ in 1.2 }
        let all = predict(answers)
        let forgetful = predict(answers, retention: [1: retention, 2: retention, 3: retention, 4: retention])
        #expect(forgetful.probability < all.probability)
        #expect(forgetful.domains.allSatisfy { $0.retention == retention })
        #expect(zip(forgetful.domains, all.domains).allSatisfy { $0.expectedScore < $1.expectedScore })
    }

    @Test("evidence in one domain moves that domain most and narrows its uncertainty")
    func domainEvidence() {
        let answers = Self.learner.answers(count: 400, seed: 8) { _ in 2 }.filter { $0.domain == 2 }
        let prediction = predict(answers)
        let second = prediction.domains[1]
        #expect(second.answers > 0 && prediction.domains[0].answers == 0)
        #expect(second.ability > prediction.domains[0].ability)
        #expect(prediction.domains[0].ability > 0)  // general ability links the domains a little
        #expect(second.abilityUncertainty < prediction.domains[0].abilityUncertainty)
    }

    @Test("a stated cut fraction overrides the pass mark")
    func cutOverride() {
        let strict = PassProbabilityEngine(
            policy: ReadinessPolicy(priorMean: 0, generalSpread: 1, domainSpread: 0.5, samples: 99, cutFraction: 0.8))
        let answers = Self.learner.answers(count: 100, seed: 12) { _ in 1 }
        let prediction = strict.predict(
            profile: Self.learner.profile, answers: answers, retention: [:], examDate: LearnerModelFixtures.now,
            seed: 1)
        #expect(prediction.rawCut == 40 && prediction.samples == 99)
        #expect(prediction.probability < predict(answers).probability)
    }
}
