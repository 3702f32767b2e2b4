import Foundation
import Testing

@testable import Shared

@Suite("Mock exams follow the blueprint exactly")
struct MockExamAssemblerTests {
    static let saa = LearnerModelFixtures.saa
    static let bank = QuestionBankFixture.bank(for: saa, perDomain: [40, 35, 35, 30])

    @Test(
        "the apportionment matches the exam guide weights",
        arguments: [
            (LearnerModelFixtures.saa, 50, [15, 13, 12, 10]), (LearnerModelFixtures.saa, 65, [19, 17, 16, 13]),
            (LearnerModelFixtures.clf, 50, [12, 15, 17, 6]), (LearnerModelFixtures.sap, 75, [19, 22, 19, 15]),
            (LearnerModelFixtures.saa, 10, [3, 3, 2, 2]),
        ])
    func apportionment(blueprint: ExamBlueprint, items: Int, expected: [Int]) {
        #expect(MockExamAssembler.apportion(blueprint, items: items).map(\.count) == expected)
    }

    @Test("for every length and many weightings, counts sum exactly and stay within one item of the quota")
    func apportionmentProperty() {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<300 {
            let domains = 2 + Int(generator.next() % 5)
            var weights = (0..<domains).map { _ in 1 + Int(generator.next() % 40) }
            weights[0] += 100 - weights.reduce(0, +) > 0 ? 100 - weights.reduce(0, +) : 0
            let blueprint = LearnerModelFixtures.blueprint(
                code: "X", passingScore: 720, scored: 50, unscored: 15, weights: weights)
            let total = Double(weights.reduce(0, +))
            for items in [1, 7, 20, 50, 65, 75, 113] {
                let plan = MockExamAssembler.apportion(blueprint, items: items)
                #expect(plan.reduce(0) { $0 + $1.count } == items)
                for (index, entry) in plan.enumerated() {
                    #expect(abs(Double(entry.count) - Double(items) * Double(weights[index]) / total) < 1)
                }
            }
        }
    }

    @Test("a 50-item SAA-C03 mock has 15/13/12/10 distinct, due, non-scenario items")
    func assembles() throws {
        let now = LearnerModelFixtures.now
        var cards: [String: ReviewCard] = [:]
        for question in Self.bank where question.domain == 1 && question.taskStatement == "1.1" {
            cards[question.id] = ReviewCard(id: question.id, state: .review, stability: 9, difficulty: 5, due: now + 1)
        }
        cards["SAA-C03-d2-0"] = ReviewCard(id: "SAA-C03-d2-0", state: .review, stability: 1, difficulty: 5, due: now)
        let mock = try MockExamAssembler().assemble(
            blueprint: Self.saa, bank: Self.bank, cards: cards, now: now, items: 50, seed: 2024)
        #expect(mock.sections.map(\.questionIds.count) == [15, 13, 12, 10])
        #expect(mock.sections.map(\.weight) == [30, 26, 24, 20])
        #expect(Set(mock.questionIds).count == 50)
        #expect(Set(mock.questionIds) == Set(mock.sections.flatMap(\.questionIds)))
        #expect(mock.questionIds.allSatisfy { cards[$0].map { $0.isDue(at: now) } ?? true })
        #expect(!mock.questionIds.contains { $0.hasSuffix("scenario") })
        #expect(mock.sections[0].questionIds.allSatisfy { $0.hasPrefix("SAA-C03-d1-") })
        // Task statements 1.2 and 1.3 remain for domain 1 and share its 15 items.
        let tasks = mock.sections[0].questionIds.map { id in Self.bank.first { $0.id == id }!.taskStatement }
        #expect(Set(tasks) == ["1.2", "1.3"])
        #expect(abs(tasks.filter { $0 == "1.2" }.count - tasks.filter { $0 == "1.3" }.count) <= 1)
    }

    @Test("the same seed gives the same form; another seed another form; the default length is the real exam's")
    func determinism() throws {
        let assembler = MockExamAssembler()
        let now = LearnerModelFixtures.now
        let first = try assembler.assemble(blueprint: Self.saa, bank: Self.bank, cards: [:], now: now, seed: 1)
        let again = try assembler.assemble(blueprint: Self.saa, bank: Self.bank, cards: [:], now: now, seed: 1)
        let other = try assembler.assemble(blueprint: Self.saa, bank: Self.bank, cards: [:], now: now, seed: 2)
        #expect(first == again)
        #expect(first.questionIds != other.questionIds)
        #expect(first.questionIds.count == 65)
        #expect(first.sections.map(\.questionIds.count) == [19, 17, 16, 13])
        let shuffled = try assembler.assemble(
            blueprint: Self.saa, bank: Self.bank.reversed(), cards: [:], now: now, seed: 1)
        #expect(shuffled == first)  // independent of the bank's order
    }

    @Test("too few eligible items, a zero length and a blueprint without weights are errors")
    func errors() {
        let assembler = MockExamAssembler()
        let now = LearnerModelFixtures.now
        let small = QuestionBankFixture.bank(for: Self.saa, perDomain: [40, 35, 35, 9])
        #expect(throws: MockExamError.notEnoughItems(domain: 4, needed: 10, available: 9)) {
            try assembler.assemble(blueprint: Self.saa, bank: small, cards: [:], now: now, items: 50, seed: 1)
        }
        #expect(throws: MockExamError.invalidItemCount(0)) {
            try assembler.assemble(blueprint: Self.saa, bank: Self.bank, cards: [:], now: now, items: 0, seed: 1)
        }
        var empty = Self.saa
        empty.domains = []
        #expect(throws: MockExamError.noDomains(exam: "SAA-C03")) {
            try assembler.assemble(blueprint: empty, bank: Self.bank, cards: [:], now: now, items: 50, seed: 1)
        }
    }
}
