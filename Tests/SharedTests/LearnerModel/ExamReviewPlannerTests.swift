import Foundation
import Testing

@testable import Shared

@Suite("FSRS exam-date mode and the daily review plan")
struct ExamReviewPlannerTests {
    let planner = ExamReviewPlanner()
    static let now = LearnerModelFixtures.now
    static let exam = LearnerModelFixtures.days(40)

    /// 300 reviewed cards with varied memory, some overdue, some due later, plus 10 new ones.
    static let cards: [ReviewCard] = {
        var generator = SeededGenerator(seed: 3)
        return (0..<300).map { index in
            let stability = 0.5 + 30 * generator.nextUnit()
            let last = now.addingTimeInterval(-86_400 * (1 + 20 * generator.nextUnit()))
            return ReviewCard(
                id: "q\(index)", state: .review, stability: stability, difficulty: 1 + 9 * generator.nextUnit(),
                due: last.addingTimeInterval(stability * 86_400), lastReview: last)
        } + (0..<10).map { ReviewCard(id: "new\($0)", due: now) }
    }()

    @Test("desired retention stays at 0.9 until 30 days out, then rises steadily to 0.97 on the exam day")
    func ramp() {
        #expect(planner.desiredRetention(on: Self.now, examDate: LearnerModelFixtures.days(90)) == 0.9)
        #expect(planner.desiredRetention(on: Self.now, examDate: LearnerModelFixtures.days(30)) == 0.9)
        #expect(planner.desiredRetention(on: Self.now, examDate: Self.now) == 0.97)
        #expect(planner.desiredRetention(on: LearnerModelFixtures.days(5), examDate: Self.now) == 0.97)
        var previous = 0.0
        for day in stride(from: 45.0, through: 0, by: -0.5) {
            let value = planner.desiredRetention(on: Self.now, examDate: LearnerModelFixtures.days(day))
            #expect(value >= previous && (0.9...0.97).contains(value))
            previous = value
        }
    }

    @Test("near the exam, intervals shrink and no review is left to fall past the exam below the target")
    func examMode() {
        let scheduler = FSRSScheduler()
        for card in Self.cards.prefix(300) {
            for daysLeft in [1.0, 3, 7, 20] {
                let at = max(card.due, Self.now)
                let examDate = at.addingTimeInterval(daysLeft * 86_400)
                let exam = planner.review(card, rating: .good, at: at, examDate: examDate)
                let plain = scheduler.review(card, rating: .good, at: at)
                #expect(exam.due <= plain.due)
                #expect(exam.stability == plain.stability && exam.difficulty == plain.difficulty)
                if exam.due > examDate {
                    #expect(scheduler.retrievability(of: exam, at: examDate) >= planner.examRetention)
                }
            }
        }
    }

    @Test("every day of the plan fits the learner's minutes", arguments: [5, 15, 60])
    func withinMinutes(minutes: Int) {
        let plan = planner.plan(
            cards: Self.cards, priority: [:], now: Self.now, examDate: Self.exam, dailyMinutes: minutes)
        #expect(plan.capacityPerDay == minutes * 60 / 45)
        #expect(plan.days.count == 40)
        #expect(plan.days.allSatisfy { $0.questionIds.count <= plan.capacityPerDay && $0.minutes <= Double(minutes) })
        #expect(plan.days.allSatisfy { Set($0.questionIds).count == $0.questionIds.count })
        #expect(!plan.days.flatMap(\.questionIds).contains { $0.hasPrefix("new") })
        #expect(plan.days.first?.date == Self.now)
    }

    @Test("with enough minutes nothing waits and retention on exam day is high; with few, the urgent go first")
    func capacityTradeOff() {
        let ample = planner.plan(
            cards: Self.cards, priority: [:], now: Self.now, examDate: Self.exam, dailyMinutes: 300)
        let tight = planner.plan(cards: Self.cards, priority: [:], now: Self.now, examDate: Self.exam, dailyMinutes: 3)
        #expect(ample.postponedReviews == 0 && ample.backlogAtExam == 0)
        #expect(ample.projectedRetention > 0.9)
        #expect(tight.postponedReviews > 0)
        #expect(tight.projectedRetention < ample.projectedRetention)
        let weighted = planner.plan(
            cards: Self.cards, priority: Dictionary(uniqueKeysWithValues: (0..<50).map { ("q\($0)", 10.0) }),
            now: Self.now, examDate: Self.exam, dailyMinutes: 3)
        let firstDay = weighted.days[0].questionIds
        #expect(firstDay.allSatisfy { Int($0.dropFirst())! < 50 })  // the heavy items take the first day's slots
        #expect(
            weighted
                == planner.plan(
                    cards: Self.cards, priority: Dictionary(uniqueKeysWithValues: (0..<50).map { ("q\($0)", 10.0) }),
                    now: Self.now, examDate: Self.exam, dailyMinutes: 3))
    }

    @Test("an exam in the past or today plans no days; zero minutes plans empty days")
    func edges() {
        let past = planner.plan(
            cards: Self.cards, priority: [:], now: Self.now, examDate: LearnerModelFixtures.days(-1), dailyMinutes: 30)
        #expect(past.days.isEmpty)
        let idle = planner.plan(cards: Self.cards, priority: [:], now: Self.now, examDate: Self.exam, dailyMinutes: 0)
        #expect(idle.capacityPerDay == 0 && idle.days.allSatisfy(\.questionIds.isEmpty) && idle.backlogAtExam == 300)
    }
}
