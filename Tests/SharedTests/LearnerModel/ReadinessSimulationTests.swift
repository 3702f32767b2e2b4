import Foundation
import Testing

@testable import Shared

/// Simulated learners of known ability answer practice items and then a simulated exam. The predicted pass
/// probabilities must be calibrated and the 80% intervals must cover each learner's true pass probability about
/// 80% of the time.
@Suite("Readiness simulation: calibrated pass probabilities")
struct ReadinessSimulationTests {
    struct Learner {
        var predicted: Double
        var lower: Double
        var upper: Double
        var truth: Double
        var passed: Bool
    }

    static let learners = 2_000
    static let blueprint = LearnerModelFixtures.saa

    /// Runs the cohort; every number derives from the seed.
    static func simulate(count: Int, seed: UInt64) -> [Learner] {
        var generator = SeededGenerator(seed: seed)
        let bank = QuestionBankFixture.bank(for: blueprint, perDomain: [60, 60, 60, 60])
        var ratings: [String: SkillRating] = [:]
        for question in bank { ratings[question.id] = SkillRating(value: -0.7 + generator.nextNormal(), answers: 50) }
        let objective = bank.filter { $0.type != .scenario }
        let byDomain = Dictionary(grouping: objective, by: \.domain)
        let engine = PassProbabilityEngine()
        let profile = ExamItemProfile(blueprint: blueprint, bank: bank, itemRatings: ratings)
        // The truth uses every item of the pool, not the engine's few representatives.
        let everyItem = ExamItemProfile(blueprint: blueprint, bank: bank, itemRatings: ratings, itemPoints: 10_000)
        var tails = [Double](repeating: 0, count: 4)
        var truthScores = [Double](repeating: 0, count: 4)
        let elo = EloModel.standard
        var cohort: [Learner] = []
        for learner in 0..<count {
            let general = generator.nextNormal()
            let abilities = (0..<4).map { _ in general + 0.5 * generator.nextNormal() }
            var retention: [Int: Double] = [:]
            var answers: [AnswerRecord] = []
            for domain in 1...4 {
                retention[domain] = 0.85 + 0.15 * generator.nextUnit()
                let pool = byDomain[domain]!
                let practised = Int(generator.next() % 31)
                var order = Array(pool.indices)
                for index in 0..<practised {  // a partial Fisher–Yates shuffle: distinct items
                    let pick = index + Int(generator.next() % UInt64(order.count - index))
                    order.swapAt(index, pick)
                    let question = pool[order[index]]
                    let p = elo.probability(
                        ability: abilities[domain - 1], difficulty: ratings[question.id]!.value,
                        guess: EloModel.guessFloor(for: question))
                    answers.append(
                        AnswerRecord(
                            questionId: question.id, domain: domain, taskStatement: question.taskStatement,
                            type: question.type, score: generator.nextUnit() < p ? 1 : 0,
                            answeredAt: LearnerModelFixtures.now, seconds: 60))
                }
            }
            let prediction = engine.predict(
                profile: profile, answers: answers, retention: retention, examDate: LearnerModelFixtures.now,
                seed: UInt64(learner))
            // The truth: the exam model over the whole pool, at the true abilities.
            let model = engine.examModel(profile: everyItem, retention: retention)
            var scratch = ExamScoreModel.Scratch(scoredItems: model.scoredItems)
            model.expectedScores(abilities: abilities, into: &truthScores)
            let truth = model.passProbability(truthScores, domainTails: &tails, scratch: &scratch)
            // The simulated exam: each domain's items drawn from its pool, answered with forgetting.
            var right = 0
            for spec in model.domains {
                let pool = byDomain[spec.number]!
                for _ in 0..<spec.items {
                    let question = pool[Int(generator.next() % UInt64(pool.count))]
                    let guess = EloModel.guessFloor(for: question)
                    let known = elo.probability(
                        ability: abilities[spec.number - 1], difficulty: ratings[question.id]!.value, guess: guess)
                    let p = spec.retention * known + (1 - spec.retention) * guess
                    if generator.nextUnit() < p { right += 1 }
                }
            }
            cohort.append(
                Learner(
                    predicted: prediction.probability, lower: prediction.lower, upper: prediction.upper,
                    truth: truth, passed: right >= model.cut))
        }
        return cohort
    }

    @Test("ECE ≤ 0.05 over 2,000 learners and 80% intervals cover the truth for 75–85% of them")
    func calibration() {
        let cohort = Self.simulate(count: Self.learners, seed: 20_250_106)
        var table = "bin        learners  mean P(pass)  pass rate  80% covers\n"
        var ece = 0.0
        for bin in 0..<10 {
            let members = cohort.filter { min(Int($0.predicted * 10), 9) == bin }
            guard !members.isEmpty else { continue }
            let predicted = members.reduce(0) { $0 + $1.predicted } / Double(members.count)
            let observed = Double(members.filter(\.passed).count) / Double(members.count)
            let covered = Double(members.filter { $0.lower <= $0.truth && $0.truth <= $0.upper }.count)
            ece += Double(members.count) / Double(cohort.count) * abs(predicted - observed)
            table +=
                "0.\(bin)–\(bin == 9 ? "1.0" : "0.\(bin + 1)")    \(pad(members.count, 8))  "
                + "\(fixed(predicted))        \(fixed(observed))     \(fixed(covered / Double(members.count)))\n"
        }
        let coverage =
            Double(cohort.filter { $0.lower <= $0.truth && $0.truth <= $0.upper }.count)
            / Double(cohort.count)
        let brier = cohort.reduce(0) { $0 + pow($1.predicted - ($1.passed ? 1 : 0), 2) } / Double(cohort.count)
        table += "learners \(cohort.count)  ECE \(fixed(ece))  Brier \(fixed(brier))  80% coverage \(fixed(coverage))"
        print("Readiness calibration\n" + table)
        #expect(ece <= 0.05)
        #expect((0.75...0.85).contains(coverage))
        #expect(brier <= 0.15)
    }

    func fixed(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let text = String(thousandths)
        let padded = String(repeating: "0", count: max(0, 4 - text.count)) + text
        return "\(padded.dropLast(3)).\(padded.suffix(3))"
    }

    func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
