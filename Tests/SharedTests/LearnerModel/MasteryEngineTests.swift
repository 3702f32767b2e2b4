import Foundation
import Testing

@testable import Shared

@Suite("Lesson mastery with a confidence criterion")
struct MasteryEngineTests {
    static let lesson = Lesson(
        id: "saa-iam-policy-evaluation", title: "IAM policy evaluation", taskStatement: "1.1", services: ["IAM"],
        estimatedMinutes: 30, prerequisites: [], objectives: [], body: nil)
    static let done = LessonProgress(lessonId: lesson.id, contentCompleted: true, minutesSpent: 30)

    /// `correct` right answers out of `total` distinct questions of the lesson, a minute apart.
    static func quiz(
        _ correct: Int, of total: Int, type: QuestionType = .single, prefix: String = "q"
    )
        -> [AnswerRecord]
    {
        (0..<total).map { index in
            AnswerRecord(
                questionId: "\(prefix)\(index)", domain: 1, taskStatement: "1.1", lessonId: lesson.id, type: type,
                score: index < correct ? 1 : 0,
                answeredAt: LearnerModelFixtures.now.addingTimeInterval(Double(index * 60)),
                seconds: 40)
        }
    }

    let engine = MasteryEngine()

    @Test("4 of 5 right does not unlock: too few items and not confident")
    func fourOfFive() {
        let decision = engine.evaluate(
            lesson: Self.lesson, progress: Self.done, answers: Self.quiz(4, of: 5), hasScenarioItems: false)
        #expect(!decision.mastered)
        #expect(decision.unmet.contains(.tooFewConceptualItems(answered: 5, required: 10)))
        #expect(decision.unmet.contains { if case .conceptualConfidenceBelow = $0 { true } else { false } })
        #expect(decision.conceptualAccuracy == 0.8)
        #expect(abs((decision.confidence ?? 0) - 0.345) < 0.01)  // P(p ≥ 0.8 | Beta(5, 2))
    }

    @Test("18 of 20 right unlocks when content and time are done")
    func eighteenOfTwenty() {
        let decision = engine.evaluate(
            lesson: Self.lesson, progress: Self.done, answers: Self.quiz(18, of: 20), hasScenarioItems: false)
        #expect(decision.mastered, "\(decision.unmet.map(\.reason))")
        #expect(abs((decision.confidence ?? 0) - 0.8213) < 0.001)
    }

    @Test("80% on a small or medium quiz is not enough evidence", arguments: [(8, 10), (16, 20), (17, 20)])
    func eightyPercentIsNotConfident(correct: Int, total: Int) {
        let decision = engine.evaluate(
            lesson: Self.lesson, progress: Self.done, answers: Self.quiz(correct, of: total), hasScenarioItems: false)
        #expect(!decision.mastered)
        #expect(decision.unmet.count == 1)
        guard case .conceptualConfidenceBelow(let probability, let required) = decision.unmet.first else {
            Issue.record("expected the confidence criterion, got \(decision.unmet)")
            return
        }
        #expect(probability < required)
    }

    @Test("answering the same question again replaces the earlier answer instead of adding evidence")
    func repeatsDoNotInflate() {
        let once = Self.quiz(9, of: 10)
        let repeated = (0..<10).flatMap { round in
            once.map { answer in
                var again = answer
                again.answeredAt = answer.answeredAt.addingTimeInterval(Double(round) * 3_600)
                return again
            }
        }
        let decision = engine.evaluate(
            lesson: Self.lesson, progress: Self.done, answers: repeated, hasScenarioItems: false)
        #expect(decision.conceptualItems == 10)
        #expect(!decision.mastered)
    }

    @Test("every unmet criterion is named with a reason")
    func namesEveryCriterion() {
        let progress = LessonProgress(lessonId: Self.lesson.id, contentCompleted: false, minutesSpent: 10)
        let decision = engine.evaluate(
            lesson: Self.lesson, progress: progress, answers: Self.quiz(3, of: 6), hasScenarioItems: true)
        #expect(
            decision.unmet == [
                .contentIncomplete, .tooFewConceptualItems(answered: 6, required: 10),
                .conceptualAccuracyBelow(accuracy: 0.5, required: 0.8), .scenarioNotAttempted,
                .timeBelowEstimate(minutes: 10, required: 24),
            ])
        #expect(decision.unmet.allSatisfy { !$0.reason.isEmpty })
        #expect(decision.unmet.last?.reason == "Spend at least 24 minutes on the lesson (10 so far).")
    }

    @Test("a weak scenario answer blocks mastery; a good one completes it")
    func scenarioCriterion() {
        let weak =
            Self.quiz(20, of: 20) + [
                AnswerRecord(
                    questionId: "s1", domain: 1, taskStatement: "1.1", lessonId: Self.lesson.id, type: .scenario,
                    score: 0.6, answeredAt: LearnerModelFixtures.now, seconds: 300)
            ]
        let blocked = engine.evaluate(lesson: Self.lesson, progress: Self.done, answers: weak, hasScenarioItems: true)
        #expect(blocked.unmet == [.scenarioScoreBelow(score: 0.6, required: 0.8)])
        var strong = weak
        strong[20].score = 0.85
        let passed = engine.evaluate(lesson: Self.lesson, progress: Self.done, answers: strong, hasScenarioItems: true)
        #expect(passed.mastered)
    }

    @Test("answers of other lessons and no progress at all never unlock")
    func otherLessons() {
        let foreign = Self.quiz(20, of: 20).map { answer in
            var other = answer
            other.lessonId = "another-lesson"
            return other
        }
        let decision = engine.evaluate(lesson: Self.lesson, progress: nil, answers: foreign, hasScenarioItems: false)
        #expect(decision.conceptualItems == 0)
        #expect(decision.confidence == nil)
        #expect(decision.unmet.first == .contentIncomplete)
        #expect(!decision.mastered)
    }

    @Test("the Beta CDF equals the binomial tail identity for integer parameters")
    func betaMatchesBinomial() {
        for a in 1...25 {
            for b in 1...25 {
                for x in [0.1, 0.35, 0.5, 0.8, 0.95] {
                    let n = a + b - 1
                    var tail = 0.0
                    for k in a...n {
                        tail += Self.choose(n, k) * pow(x, Double(k)) * pow(1 - x, Double(n - k))
                    }
                    let cdf = BetaDistribution.cdf(x, alpha: Double(a), beta: Double(b))
                    #expect(abs(cdf - tail) < 1e-9, "I_\(x)(\(a), \(b))")
                }
            }
        }
        #expect(BetaDistribution.cdf(0, alpha: 2, beta: 3) == 0)
        #expect(BetaDistribution.cdf(1, alpha: 2, beta: 3) == 1)
    }

    @Test("one more right answer never lowers the confidence; one more wrong never raises it")
    func confidenceIsMonotone() {
        for total in 1...40 {
            for correct in 0...total {
                let base = BetaDistribution.cdf(0.8, alpha: Double(1 + correct), beta: Double(1 + total - correct))
                let right = BetaDistribution.cdf(0.8, alpha: Double(2 + correct), beta: Double(1 + total - correct))
                let wrong = BetaDistribution.cdf(0.8, alpha: Double(1 + correct), beta: Double(2 + total - correct))
                #expect(right <= base + 1e-12 && wrong >= base - 1e-12)
            }
        }
    }

    static func choose(_ n: Int, _ k: Int) -> Double {
        (0..<k).reduce(1.0) { $0 * Double(n - $1) / Double($1 + 1) }
    }
}
