#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Computes the Certification Readiness Index with each part's contribution.
public struct ReadinessIndexEngine: Sendable {
    public init() {}

    /// The index for one exam.
    ///
    /// - Parameters:
    ///   - lessons: the exam's lessons (their estimates set the time target).
    ///   - progress: the learner's lesson progress; entries of other lessons are ignored.
    ///   - answers: the learner's answers for this exam; the latest answer to each question counts.
    public func index(
        lessons: [Lesson], progress: [LessonProgress], answers: [AnswerRecord]
    )
        -> CertificationReadinessIndex
    {
        let ids = Set(lessons.map(\.id))
        let relevant = progress.filter { ids.contains($0.lessonId) }
        let completed = Set(relevant.filter(\.contentCompleted).map(\.lessonId)).count
        let latest = MasteryEngine.latestPerQuestion(answers)
        let objective = latest.filter { $0.type != .scenario }
        let scenarios = latest.filter { $0.type == .scenario }
        let assessment = objective.isEmpty ? 0 : objective.reduce(0) { $0 + $1.score } / Double(objective.count)
        let scenario = scenarios.isEmpty ? 0 : scenarios.reduce(0) { $0 + $1.score } / Double(scenarios.count)
        let target = Double(lessons.reduce(0) { $0 + $1.estimatedMinutes })
        let minutes = relevant.reduce(0) { $0 + $1.minutesSpent } + answers.reduce(0) { $0 + $1.seconds } / 60
        // Time counts up to the catalog's estimate and no further: more hours are not more readiness.
        let time = target > 0 ? min(minutes / target, 1) : 0
        return CertificationReadinessIndex(components: [
            .init(
                kind: .lessonCompletion, weight: 30,
                score: lessons.isEmpty ? 0 : Double(completed) / Double(lessons.count),
                detail: "\(completed) of \(lessons.count) lessons completed"),
            .init(
                kind: .assessmentScores, weight: 40, score: assessment,
                detail: "\(Percent.text(assessment)) on \(objective.count) questions (latest answer each)"),
            .init(
                kind: .scenarioPerformance, weight: 20, score: scenario,
                detail: "\(Percent.text(scenario)) mean rubric score on \(scenarios.count) scenarios"),
            .init(
                kind: .timeInvested, weight: 10, score: time,
                detail: "\(Int(minutes.rounded())) of \(Int(target)) estimated minutes"),
        ])
    }
}
