import Foundation
import Testing

@testable import Shared

@Suite("Predicted exam-ready date")
struct ExamReadyForecastTests {
    static let learner = LearnerSimulator()
    let forecaster = ExamReadyForecaster()

    func forecast(_ answers: [AnswerRecord], minutes: Int = 60, exam: Date? = nil) -> ExamReadyForecast {
        forecaster.forecast(
            profile: Self.learner.profile, answers: answers, retention: [:],
            goals: LearnerGoals(exam: "SAA-C03", examDate: exam, dailyMinutes: minutes), lessonMinutes: 0,
            now: LearnerModelFixtures.now, seed: 5)
    }

    /// Ability climbing from −1 to +0.6 logits over 240 answers (4 study hours).
    static let improving = learner.answers(count: 240, seed: 21) { -1 + 1.6 * Double($0) / 240 }

    @Test("an improving learner gets a date; more daily minutes bring it closer")
    func predictsDate() throws {
        let hour = forecast(Self.improving, minutes: 60, exam: LearnerModelFixtures.days(30))
        let half = forecast(Self.improving, minutes: 30)
        #expect(hour.status == .predicted, "\(hour.reason)")
        let days = try #require(hour.days)
        #expect(days > 0)
        #expect(hour.date == LearnerModelFixtures.days(Double(days)))
        #expect((half.days ?? 0) > days)
        #expect((hour.gainPerHour ?? 0) > 0)
        #expect(hour.beforeExam == (days <= 30))
        #expect(hour.bottleneckDomain != nil)
    }

    @Test("a strong learner is ready today")
    func readyNow() {
        let ready = forecast(Self.learner.answers(count: 200, seed: 22) { _ in 2.5 })
        #expect(ready.status == .ready && ready.days == 0 && ready.date == LearnerModelFixtures.now)
    }

    @Test("no date without enough answers, without progress or without planned minutes, each with its reason")
    func notPredictable() {
        let few = forecast(Array(Self.improving.prefix(30)))
        #expect(few.status == .notPredictable && few.reason.contains("at least 40"))
        let flat = forecast(Self.learner.answers(count: 240, seed: 23) { _ in -0.5 })
        #expect(flat.status == .notPredictable && flat.reason.contains("measurable progress"))
        let idle = forecast(Self.improving, minutes: 0)
        #expect(idle.status == .notPredictable && idle.reason.contains("minutes a day"))
        #expect([few, flat, idle].allSatisfy { $0.date == nil && $0.days == nil })
    }

    @Test("the signed-number text has two decimals")
    func signedText() {
        #expect(ExamReadyForecaster.signed(0.5) == "+0.50")
        #expect(ExamReadyForecaster.signed(-1.234) == "−1.23")
        #expect(ExamReadyForecaster.signed(0.05, sign: false) == "0.05")
    }
}
