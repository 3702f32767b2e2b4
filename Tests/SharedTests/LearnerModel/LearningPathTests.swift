import Foundation
import Testing

@testable import Shared

@Suite("Learning path and recommendations")
struct LearningPathTests {
    static func lesson(_ id: String, _ prerequisites: [String] = []) -> Lesson {
        Lesson(
            id: id, title: "Lesson \(id)", taskStatement: "1.1", services: [], estimatedMinutes: 20,
            prerequisites: prerequisites, objectives: [], body: nil)
    }

    let engine = LearningPathEngine()

    @Test("lessons come in prerequisite order, keeping the catalog order where free")
    func order() throws {
        let lessons = [
            Self.lesson("d", ["b", "c"]), Self.lesson("a"), Self.lesson("c", ["a"]), Self.lesson("b", ["a"]),
            Self.lesson("e", ["other-exam-lesson"]),
        ]
        let path = try engine.path(lessons: lessons, mastered: [])
        #expect(path.map(\.lessonId) == ["a", "c", "b", "d", "e"])
        #expect(path.map(\.status) == [.available, .locked, .locked, .locked, .available])
        #expect(path[3].blockedBy == ["b", "c"])
        #expect(path[3].reason == "Unlocks after you master b, c.")
    }

    @Test("every prerequisite precedes its lesson in random catalogs (property)")
    func orderProperty() throws {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<200 {
            let count = 2 + Int(generator.next() % 15)
            // Prerequisites only point to lower numbers, so the graph has no cycle; the catalog order is shuffled.
            var lessons = (0..<count).map { index in
                Self.lesson("l\(index)", (0..<index).filter { _ in generator.next() % 4 == 0 }.map { "l\($0)" })
            }
            lessons.shuffle(using: &generator)
            let mastered = Set(lessons.map(\.id).filter { _ in generator.next() % 3 == 0 })
            let path = try engine.path(lessons: lessons, mastered: mastered)
            let position = Dictionary(uniqueKeysWithValues: path.enumerated().map { ($1.lessonId, $0) })
            #expect(path.count == count)
            for lesson in lessons {
                for prerequisite in lesson.prerequisites { #expect(position[prerequisite]! < position[lesson.id]!) }
            }
            for step in path {
                let prerequisites = lessons.first { $0.id == step.lessonId }!.prerequisites
                let expected: LearningPathStep.Status =
                    mastered.contains(step.lessonId)
                    ? .mastered : (prerequisites.allSatisfy(mastered.contains) ? .available : .locked)
                #expect(step.status == expected)
            }
        }
    }

    @Test("mastered lessons are skipped and unlock what depends on them")
    func masteredSkipped() throws {
        let lessons = [Self.lesson("a"), Self.lesson("b", ["a"]), Self.lesson("c", ["b"])]
        let path = try engine.path(lessons: lessons, mastered: ["a"])
        #expect(path.map(\.status) == [.mastered, .available, .locked])
        #expect(path[0].reason == "Mastered: skipped.")
        #expect(path[1].reason == "Its prerequisites are mastered: a.")
    }

    @Test("a prerequisite cycle is an error naming the lessons in it")
    func cycle() {
        let lessons = [Self.lesson("a"), Self.lesson("b", ["c"]), Self.lesson("c", ["b"]), Self.lesson("d", ["c"])]
        #expect(throws: LearningPathError.prerequisiteCycle(lessonIds: ["b", "c", "d"])) {
            try engine.path(lessons: lessons, mastered: [])
        }
    }

    static let learner = LearnerSimulator()

    static func prediction(_ ability: Double, count: Int = 200) -> PassPrediction {
        PassProbabilityEngine().predict(
            profile: learner.profile, answers: learner.answers(count: count, seed: 31) { _ in ability },
            retention: [:], examDate: LearnerModelFixtures.now, seed: 2)
    }

    @Test("reviews come first, then weak areas by weight × deficit × uncertainty, then the next lesson")
    func recommendationOrder() throws {
        let path = try engine.path(lessons: [Self.lesson("a"), Self.lesson("b", ["a"])], mastered: [])
        let weak = Self.prediction(0)
        let list = engine.recommendations(
            path: path, prediction: weak, dueReviews: 12, reviewMinutes: 9, lastMockAt: nil,
            now: LearnerModelFixtures.now)
        #expect(list.map(\.kind) == [.review, .weakArea, .weakArea, .lesson])
        #expect(list[0].reason.hasPrefix("12 reviews are due (about 9 minutes)"))
        #expect(list[3].target == "a")
        #expect(list.allSatisfy { !$0.reason.isEmpty })
        let scores = weak.domains.filter { $0.competence <= 0.8 }.map {
            (String($0.domain), Double($0.weight) / 100 * (1 - $0.competence) * (1 + $0.abilityUncertainty))
        }.sorted { $0.1 > $1.1 }
        #expect(list[1].target == scores[0].0 && list[2].target == scores[1].0)
    }

    @Test("a mock is recommended once readiness warrants it, and not again within a week")
    func mockCadence() {
        let ready = Self.prediction(2)
        let now = LearnerModelFixtures.now
        let first = engine.recommendations(
            path: [], prediction: ready, dueReviews: 0, reviewMinutes: 0, lastMockAt: nil, now: now)
        #expect(first.contains { $0.kind == .mock && $0.reason.contains("80% interval") })
        let recent = engine.recommendations(
            path: [], prediction: ready, dueReviews: 0, reviewMinutes: 0, lastMockAt: LearnerModelFixtures.days(-3),
            now: now)
        #expect(!recent.contains { $0.kind == .mock })
        let notYet = engine.recommendations(
            path: [], prediction: Self.prediction(-1), dueReviews: 0, reviewMinutes: 0, lastMockAt: nil, now: now)
        #expect(!notYet.contains { $0.kind == .mock })
    }

    @Test("with little evidence the learner is asked to practise")
    func practiceFirst() {
        let list = engine.recommendations(
            path: [], prediction: nil, dueReviews: 0, reviewMinutes: 0, lastMockAt: nil,
            now: LearnerModelFixtures.now)
        #expect(list.map(\.kind) == [.practice])
        #expect(list[0].reason.contains("0 so far"))
    }
}
