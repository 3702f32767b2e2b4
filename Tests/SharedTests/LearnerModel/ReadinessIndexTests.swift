import Foundation
import Testing

@testable import Shared

@Suite("Certification Readiness Index and retention projection")
struct ReadinessIndexTests {
    static let lessons = (1...4).map {
        Lesson(
            id: "l\($0)", title: "L\($0)", taskStatement: "1.\($0)", services: [], estimatedMinutes: 50,
            prerequisites: [], objectives: [], body: nil)
    }

    static func answer(_ id: String, _ type: QuestionType, _ score: Double, minute: Double = 0) -> AnswerRecord {
        AnswerRecord(
            questionId: id, domain: 1, taskStatement: "1.1", type: type, score: score,
            answeredAt: LearnerModelFixtures.now.addingTimeInterval(minute * 60), seconds: 60)
    }

    @Test("the parts weigh 30/40/20/10 and each contribution is weight × score")
    func components() {
        let progress = [
            LessonProgress(lessonId: "l1", contentCompleted: true, minutesSpent: 50),
            LessonProgress(lessonId: "l2", contentCompleted: true, minutesSpent: 46),
            LessonProgress(lessonId: "other", contentCompleted: true, minutesSpent: 500),
        ]
        let answers = [
            Self.answer("a", .single, 0), Self.answer("a", .single, 1, minute: 5), Self.answer("b", .single, 0),
            Self.answer("s", .scenario, 0.7),
        ]
        let index = ReadinessIndexEngine().index(lessons: Self.lessons, progress: progress, answers: answers)
        #expect(index.components.map(\.weight) == [30, 40, 20, 10])
        #expect(index.components.map(\.score) == [0.5, 0.5, 0.7, 0.5])  // 100 of 200 minutes incl. 4 answering
        #expect(index.components.map(\.contribution) == [15, 20, 14, 5])
        #expect(index.value == 54)
        #expect(index.components[1].detail == "50% on 2 questions (latest answer each)")
    }

    @Test("no activity is 0; everything done is 100; time beyond the estimate adds nothing")
    func bounds() {
        let none = ReadinessIndexEngine().index(lessons: Self.lessons, progress: [], answers: [])
        #expect(none.value == 0)
        let all = ReadinessIndexEngine().index(
            lessons: Self.lessons,
            progress: Self.lessons.map { LessonProgress(lessonId: $0.id, contentCompleted: true, minutesSpent: 9_999) },
            answers: [Self.answer("a", .single, 1), Self.answer("s", .scenario, 1)])
        #expect(all.value == 100)
        #expect(all.components.last?.contribution == 10)
        #expect(ReadinessIndexEngine().index(lessons: [], progress: [], answers: []).value == 0)
    }

    @Test("projected retention: reviewing on schedule keeps more than letting memory decay")
    func retentionProjection() {
        let projector = RetentionProjector()
        let now = LearnerModelFixtures.now
        let cards =
            (0..<20).map { index in
                ReviewCard(
                    id: "c\(index)", state: .review, stability: Double(1 + index), difficulty: 5,
                    due: now.addingTimeInterval(Double(index) * 86_400), lastReview: now.addingTimeInterval(-86_400))
            } + [ReviewCard(id: "new", due: now)]
        let domainOf = Dictionary(uniqueKeysWithValues: cards.map { ($0.id, $0.id == "c0" ? 2 : 1) })
        let exam = now.addingTimeInterval(60 * 86_400)
        let kept = projector.retention(cards: cards, domainOf: domainOf, at: exam, now: now)
        let decayed = projector.retention(cards: cards, domainOf: domainOf, at: exam, now: now, keepsReviewing: false)
        #expect(Set(kept.keys) == [1, 2])
        #expect(kept[1]! > decayed[1]! && kept[2]! > decayed[2]!)
        #expect(kept.values.allSatisfy { (0.85...1).contains($0) })  // due reviews keep R near the 0.9 target
        #expect(decayed.values.allSatisfy { (0..<1).contains($0) })
    }
}
