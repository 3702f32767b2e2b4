#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The probability of passing a certification exam, with an 80% interval.
///
/// Ability per domain comes from the learner's objective answers (latest per question) under a 3PL model with the
/// items' Elo difficulties and guessing floors; forgetting up to the exam date scales what is known towards
/// guessing; a form has the exam's scored items per domain; and the raw cut is an assumption, stated as such.
public struct PassProbabilityEngine: Sendable {
    public var policy: ReadinessPolicy

    public init(policy: ReadinessPolicy = .standard) {
        self.policy = policy
    }

    /// The prediction for one learner, building the exam's item profile from its bank first. When many learners
    /// of one exam are scored, build an `ExamItemProfile` once and call `predict(profile:...)`.
    public func predict(
        blueprint: ExamBlueprint, bank: [Question], itemRatings: [String: SkillRating], answers: [AnswerRecord],
        retention: [Int: Double], examDate: Date, seed: UInt64
    ) -> PassPrediction {
        predict(
            profile: ExamItemProfile(blueprint: blueprint, bank: bank, itemRatings: itemRatings), answers: answers,
            retention: retention, examDate: examDate, seed: seed)
    }

    /// The prediction for one learner.
    ///
    /// - Parameters:
    ///   - profile: the exam's blueprint and item difficulties.
    ///   - answers: the learner's answers; scenario answers and other exams' domains are ignored, and only the latest
    ///     answer to each question counts.
    ///   - retention: mean retrievability per domain on exam day (see `RetentionProjector`); missing means 1.
    ///   - examDate: the date the forgetting was projected to (reported back; the maths uses `retention`).
    ///   - seed: fixes the Monte Carlo draws, so the same inputs always give the same numbers.
    public func predict(
        profile: ExamItemProfile, answers: [AnswerRecord], retention: [Int: Double], examDate: Date, seed: UInt64
    ) -> PassPrediction {
        let simulation = simulation(profile: profile, answers: answers, retention: retention, seed: seed)
        return prediction(
            blueprint: profile.blueprint, simulation: simulation, outcome: simulation.run(), examDate: examDate,
            seed: seed)
    }

    func prediction(
        blueprint: ExamBlueprint, simulation: PassSimulation, outcome: PassSimulation.Outcome, examDate: Date,
        seed: UInt64
    ) -> PassPrediction {
        let model = simulation.model
        let posterior = simulation.posterior
        let domains = model.domains.enumerated().map { index, spec in
            DomainReadiness(
                domain: spec.number, weight: spec.weight, examItems: spec.items, ability: posterior.mean[index],
                abilityUncertainty: posterior.standardDeviation(index), answers: posterior.counts[index],
                expectedScore: outcome.expectedScores[index], competence: outcome.competence[index],
                retention: spec.retention)
        }
        let totalWeight = Double(max(domains.reduce(0) { $0 + $1.weight }, 1))
        let weighted = domains.reduce(0.0) { $0 + Double($1.weight) * $1.expectedScore } / totalWeight
        let assumptions = [
            "AWS does not publish the raw cut score; we assume \(model.cut) of \(model.scoredItems) scored items "
                + "(\(Percent.text(model.cutFraction))), from the scaled pass mark \(blueprint.passingScore).",
            "Each domain has its official share of the scored items; unscored items are ignored.",
            "Exam items are as hard as this bank's items of the same domain.",
            "Forgetting is projected to the exam date assuming you keep doing your due reviews.",
        ]
        return PassPrediction(
            exam: blueprint.code, probability: outcome.mean, lower: outcome.lower, upper: outcome.upper,
            scoredItems: model.scoredItems, rawCut: model.cut, domains: domains, weightedReadiness: weighted,
            examDate: examDate, samples: simulation.samples, seed: seed, assumptions: assumptions)
    }

    func simulation(
        profile: ExamItemProfile, answers: [AnswerRecord], retention: [Int: Double], seed: UInt64
    )
        -> PassSimulation
    {
        let model = examModel(profile: profile, retention: retention)
        let posterior = AbilityEstimator(policy: policy).posterior(
            observations(model: model, profile: profile, answers: answers), domains: model.domains.count)
        return PassSimulation(model: model, posterior: posterior, samples: policy.samples, seed: seed)
    }

    func examModel(profile: ExamItemProfile, retention: [Int: Double]) -> ExamScoreModel {
        let blueprint = profile.blueprint
        let fraction = policy.cutFraction ?? Double(blueprint.passingScore) / 1000
        let scored = max(blueprint.scoredItems, 1)
        let domains = MockExamAssembler.apportion(blueprint, items: scored).map { domain, count in
            let pool = profile.pool(domain)
            return ExamScoreModel.Domain(
                number: domain, weight: blueprint.domain(domain)?.weight ?? 0, items: count,
                difficulties: pool.map(\.difficulty), guesses: pool.map(\.guess),
                retention: min(max(retention[domain] ?? 1, 0), 1))
        }
        let cut = Int((fraction * Double(scored) - 1e-9).rounded(.up))
        return ExamScoreModel(domains: domains, cut: cut, scoredItems: scored, cutFraction: fraction)
    }

    func observations(
        model: ExamScoreModel, profile: ExamItemProfile, answers: [AnswerRecord]
    )
        -> [AbilityObservation]
    {
        var indexOfDomain: [Int: Int] = [:]
        for (index, spec) in model.domains.enumerated() { indexOfDomain[spec.number] = index }
        return MasteryEngine.latestPerQuestion(answers.filter { $0.type != .scenario }).compactMap { answer in
            guard let domain = indexOfDomain[answer.domain] else { return nil }
            let item = profile.items[answer.questionId]
            return AbilityObservation(
                domain: domain, difficulty: item?.difficulty ?? 0,
                guess: item?.guess ?? EloModel.guessFloor(type: answer.type), score: answer.isCorrect ? 1 : 0)
        }
    }
}
