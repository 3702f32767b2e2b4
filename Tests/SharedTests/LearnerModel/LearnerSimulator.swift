import Foundation

@testable import Shared

/// Simulated learners answering a synthetic bank, for the readiness and path tests.
struct LearnerSimulator {
    let blueprint: ExamBlueprint
    let bank: [Question]
    let ratings: [String: SkillRating]
    let profile: ExamItemProfile

    init(blueprint: ExamBlueprint = LearnerModelFixtures.saa, perDomain: Int = 60, seed: UInt64 = 11) {
        var generator = SeededGenerator(seed: seed)
        self.blueprint = blueprint
        bank = QuestionBankFixture.bank(
            for: blueprint, perDomain: Array(repeating: perDomain, count: blueprint.domains.count))
        var ratings: [String: SkillRating] = [:]
        for question in bank { ratings[question.id] = SkillRating(value: -0.7 + generator.nextNormal(), answers: 50) }
        self.ratings = ratings
        profile = ExamItemProfile(blueprint: blueprint, bank: bank, itemRatings: ratings)
    }

    /// `count` answers a minute apart, cycling through the objective items; the ability may change with time.
    func answers(
        count: Int, seed: UInt64, start: Date = LearnerModelFixtures.days(-30), ability: (Int) -> Double
    )
        -> [AnswerRecord]
    {
        var generator = SeededGenerator(seed: seed)
        let objective = bank.filter { $0.type != .scenario }
        return (0..<count).map { index in
            let question = objective[(index * 7) % objective.count]
            let p = EloModel.standard.probability(
                ability: ability(index), difficulty: ratings[question.id]!.value,
                guess: EloModel.guessFloor(for: question))
            return AnswerRecord(
                questionId: question.id, domain: question.domain, taskStatement: question.taskStatement,
                lessonId: question.lessonId, type: question.type, score: generator.nextUnit() < p ? 1 : 0,
                answeredAt: start.addingTimeInterval(Double(index) * 600), seconds: 60)
        }
    }
}
