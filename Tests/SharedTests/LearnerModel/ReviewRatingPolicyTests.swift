import Foundation
import Testing

@testable import Shared

@Suite("Answer to FSRS rating")
struct ReviewRatingPolicyTests {
    static func answer(score: Double, seconds: Double, confident: Bool?, type: QuestionType = .single) -> AnswerRecord {
        AnswerRecord(
            questionId: "q", domain: 1, taskStatement: "1.1", type: type, score: score,
            answeredAt: LearnerModelFixtures.now, seconds: seconds, confident: confident)
    }

    @Test(
        "wrong → Again; slow or unsure → Hard; quick and sure → Easy; otherwise Good",
        arguments: [
            (0.0, 30.0, true, ReviewRating.again), (1, 30, nil, .good), (1, 30, true, .good), (1, 100, true, .hard),
            (1, 30, false, .hard), (1, 10, true, .easy), (1, 10, nil, .good), (1, 10, false, .hard),
        ] as [(Double, Double, Bool?, ReviewRating)])
    func ratings(score: Double, seconds: Double, confident: Bool?, expected: ReviewRating) {
        let answer = Self.answer(score: score, seconds: seconds, confident: confident)
        #expect(ReviewRatingPolicy.standard.rating(for: answer, expectedSeconds: 60) == expected)
    }

    @Test("scenario answers count as right from 80% of the rubric; no expected time means no time rule")
    func scenarioAndNoTime() {
        let policy = ReviewRatingPolicy.standard
        #expect(
            policy.rating(
                for: Self.answer(score: 0.79, seconds: 5, confident: true, type: .scenario), expectedSeconds: 60)
                == .again)
        #expect(
            policy.rating(
                for: Self.answer(score: 0.8, seconds: 500, confident: nil, type: .scenario), expectedSeconds: 0)
                == .good)
    }
}
