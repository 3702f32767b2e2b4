#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Decides whether a lesson is mastered and says why not.
public struct MasteryEngine: Sendable {
    public var policy: MasteryPolicy

    public init(policy: MasteryPolicy = .standard) {
        self.policy = policy
    }

    /// The verdict for `lesson`.
    ///
    /// - Parameters:
    ///   - answers: the learner's answers; only those tagged with this lesson count, and only the latest answer to
    ///     each question, so that repeating one item cannot inflate the evidence.
    ///   - hasScenarioItems: whether the lesson has scenario questions (then one must be answered well).
    public func evaluate(
        lesson: Lesson, progress: LessonProgress?, answers: [AnswerRecord], hasScenarioItems: Bool
    ) -> MasteryDecision {
        let latest = Self.latestPerQuestion(answers.filter { $0.lessonId == lesson.id })
        let conceptual = latest.filter { $0.type != .scenario }
        let scenarios = latest.filter { $0.type == .scenario }
        var unmet: [MasteryCriterion] = []

        if progress?.contentCompleted != true { unmet.append(.contentIncomplete) }

        let correct = conceptual.reduce(0.0) { $0 + $1.score }
        let accuracy = conceptual.isEmpty ? nil : correct / Double(conceptual.count)
        let confidence =
            conceptual.isEmpty
            ? nil
            : 1
                - BetaDistribution.cdf(
                    policy.conceptualThreshold, alpha: 1 + correct, beta: 1 + Double(conceptual.count) - correct)
        if conceptual.count < policy.minimumConceptualItems {
            unmet.append(.tooFewConceptualItems(answered: conceptual.count, required: policy.minimumConceptualItems))
        }
        if let accuracy, accuracy < policy.conceptualThreshold {
            unmet.append(.conceptualAccuracyBelow(accuracy: accuracy, required: policy.conceptualThreshold))
        } else if accuracy == nil {
            unmet.append(.conceptualAccuracyBelow(accuracy: 0, required: policy.conceptualThreshold))
        }
        if let confidence, let accuracy, accuracy >= policy.conceptualThreshold,
            confidence < policy.requiredConfidence
        {
            unmet.append(.conceptualConfidenceBelow(probability: confidence, required: policy.requiredConfidence))
        }

        let scenarioScore = scenarios.isEmpty ? nil : scenarios.reduce(0.0) { $0 + $1.score } / Double(scenarios.count)
        if hasScenarioItems {
            if let scenarioScore {
                if scenarioScore < policy.scenarioThreshold {
                    unmet.append(.scenarioScoreBelow(score: scenarioScore, required: policy.scenarioThreshold))
                }
            } else {
                unmet.append(.scenarioNotAttempted)
            }
        }

        let minutes = progress?.minutesSpent ?? 0
        let requiredMinutes = policy.timeShare * Double(lesson.estimatedMinutes)
        if minutes < requiredMinutes { unmet.append(.timeBelowEstimate(minutes: minutes, required: requiredMinutes)) }

        return MasteryDecision(
            lessonId: lesson.id, unmet: unmet, conceptualItems: conceptual.count, conceptualAccuracy: accuracy,
            confidence: confidence, scenarioScore: scenarioScore, minutesSpent: minutes)
    }

    /// The most recent answer to each question (ties: the later one in the input).
    static func latestPerQuestion(_ answers: [AnswerRecord]) -> [AnswerRecord] {
        var latest: [String: AnswerRecord] = [:]
        for answer in answers {
            if let previous = latest[answer.questionId], previous.answeredAt > answer.answeredAt { continue }
            latest[answer.questionId] = answer
        }
        return latest.values.sorted { ($0.answeredAt, $0.questionId) < ($1.answeredAt, $1.questionId) }
    }
}
