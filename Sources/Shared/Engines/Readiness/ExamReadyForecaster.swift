#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Predicts the first day on which the lower end of the 80% interval of P(pass) reaches a target, projecting the
/// learner's ability forward at the pace observed in their answers and their planned daily study minutes.
///
/// Pace: the ability fitted to the earlier half of the objective answers is compared with the later half's; the
/// gain is divided by the study time between the two halves' midpoints (half of all recorded study minutes). A gain
/// within one standard error of zero is not progress: no date is given then, rather than a made-up one.
public struct ExamReadyForecaster: Sendable {
    public var engine: PassProbabilityEngine
    /// The lower bound of P(pass) that counts as ready.
    public var target: Double
    /// The furthest day ahead a date is given for.
    public var horizonDays: Int
    /// Fewest objective answers from which a pace is measured.
    public var minimumAnswers: Int

    public init(
        engine: PassProbabilityEngine = PassProbabilityEngine(), target: Double = 0.8, horizonDays: Int = 365,
        minimumAnswers: Int = 40
    ) {
        self.engine = engine
        self.target = target
        self.horizonDays = horizonDays
        self.minimumAnswers = minimumAnswers
    }

    /// The forecast for one learner.
    ///
    /// - Parameters:
    ///   - lessonMinutes: minutes spent on lessons, added to the answering time to measure study time.
    ///   - now: today; the forecast counts whole days from the start of this UTC day.
    public func forecast(
        profile: ExamItemProfile, answers: [AnswerRecord], retention: [Int: Double], goals: LearnerGoals,
        lessonMinutes: Double, now: Date, seed: UInt64
    ) -> ExamReadyForecast {
        let simulation = engine.simulation(profile: profile, answers: answers, retention: retention, seed: seed)
        let today = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        let current = simulation.run()
        if current.lower >= target {
            return ExamReadyForecast(
                status: .ready, date: today, days: 0, beforeExam: goals.examDate.map { today <= $0 },
                bottleneckDomain: bottleneck(simulation, current), gainPerHour: nil,
                reason: "The lower end of your 80% pass interval is already \(Percent.text(current.lower)).")
        }
        func unpredictable(_ reason: String, gain: Double? = nil) -> ExamReadyForecast {
            ExamReadyForecast(
                status: .notPredictable, date: nil, days: nil, beforeExam: nil,
                bottleneckDomain: bottleneck(simulation, current), gainPerHour: gain, reason: reason)
        }
        let objective = answers.filter { $0.type != .scenario }.sorted { $0.answeredAt < $1.answeredAt }
        guard objective.count >= minimumAnswers else {
            return unpredictable(
                "Not predictable yet: we measure your pace from at least \(minimumAnswers) answered questions "
                    + "(\(objective.count) so far).")
        }
        let studyMinutes = answers.reduce(0) { $0 + $1.seconds } / 60 + lessonMinutes
        guard studyMinutes > 0 else { return unpredictable("Not predictable: no study time has been recorded.") }
        let (gain, error) = abilityGain(profile: profile, ordered: objective)
        let perMinute = gain / (studyMinutes / 2)
        guard gain > error, perMinute > 0 else {
            return unpredictable(
                "Not predictable: your answers do not show measurable progress yet (ability change "
                    + "\(Self.signed(gain)) ± \(Self.signed(error, sign: false)) logits between your earlier and later "
                    + "answers).", gain: perMinute * 60)
        }
        guard goals.dailyMinutes > 0 else {
            return unpredictable("Not predictable: set how many minutes a day you plan to study.", gain: perMinute * 60)
        }
        let perDay = perMinute * Double(goals.dailyMinutes)
        guard simulation.run(shift: perDay * Double(horizonDays)).lower >= target else {
            return unpredictable(
                "Not predictable: at your current pace and \(goals.dailyMinutes) minutes a day you would not be ready "
                    + "within \(horizonDays) days.", gain: perMinute * 60)
        }
        // The lower bound rises with every day of projected gain (the draws are shared), so bisect.
        var low = 0
        var high = horizonDays
        while high - low > 1 {
            let middle = (low + high) / 2
            if simulation.run(shift: perDay * Double(middle)).lower >= target { high = middle } else { low = middle }
        }
        let date = today.addingTimeInterval(Double(high) * 86_400)
        let outcome = simulation.run(shift: perDay * Double(high))
        let beforeExam = goals.examDate.map { date <= $0 }
        var reason =
            "At your pace (\(Self.signed(perMinute * 60, sign: false)) logits per study hour) and "
            + "\(goals.dailyMinutes) minutes a day, the lower end of your 80% pass interval reaches "
            + "\(Percent.text(target)) in \(high) days."
        if beforeExam == false { reason += " That is after your exam date." }
        return ExamReadyForecast(
            status: .predicted, date: date, days: high, beforeExam: beforeExam,
            bottleneckDomain: bottleneck(simulation, outcome), gainPerHour: perMinute * 60, reason: reason)
    }

    /// Ability gained from the earlier to the later half of the answers, and its standard error.
    func abilityGain(profile: ExamItemProfile, ordered answers: [AnswerRecord]) -> (gain: Double, error: Double) {
        let half = answers.count / 2
        // One general ability per half, with a weak prior so the data speak.
        let estimator = AbilityEstimator(
            policy: ReadinessPolicy(priorMean: 0, generalSpread: 2, domainSpread: 0.5, samples: 9, cutFraction: nil))
        func fit(_ part: ArraySlice<AnswerRecord>) -> (mean: Double, variance: Double) {
            let observations = part.map { answer in
                let item = profile.items[answer.questionId]
                return AbilityObservation(
                    domain: 0, difficulty: item?.difficulty ?? 0,
                    guess: item?.guess ?? EloModel.guessFloor(type: answer.type), score: answer.isCorrect ? 1 : 0)
            }
            let posterior = estimator.posterior(observations, domains: 1)
            return (posterior.mean[0], posterior.covariance[0])
        }
        let early = fit(answers[..<half])
        let late = fit(answers[half...])
        return (late.mean - early.mean, (early.variance + late.variance).squareRoot())
    }

    func bottleneck(_ simulation: PassSimulation, _ outcome: PassSimulation.Outcome) -> Int? {
        let domains = simulation.model.domains
        return domains.indices.max { lhs, rhs in
            Double(domains[lhs].weight) * (1 - outcome.competence[lhs])
                < Double(domains[rhs].weight) * (1 - outcome.competence[rhs])
        }.map { domains[$0].number }
    }

    /// Two decimals with an explicit sign, without a number formatter.
    static func signed(_ value: Double, sign: Bool = true) -> String {
        let hundredths = Int((abs(value) * 100).rounded())
        let digits = String(hundredths % 100)
        let text = "\(hundredths / 100).\(digits.count == 1 ? "0" + digits : digits)"
        return sign ? (value < 0 ? "−" : "+") + text : text
    }
}
