import Shared

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Times the learner-model engines on a heavy learner: readiness (retention projection, pass probability with its
/// interval, readiness index, exam-ready forecast) for 5,000 answers over a 2,000-item bank, and a 65-item mock
/// assembled from that bank. Prints the median of several runs against the budget each aims for.
func runLearnerBenchmarks() {
    let fixture = LearnerBenchFixture()
    let readinessBudget = 50.0
    let mockBudget = 10.0

    let readiness = LearnerBenchFixture.median(runs: 15) {
        let retention = RetentionProjector().retention(
            cards: fixture.cards, domainOf: fixture.domainOf, at: fixture.examDate, now: fixture.now)
        let profile = ExamItemProfile(blueprint: fixture.blueprint, bank: fixture.bank, itemRatings: fixture.ratings)
        let prediction = PassProbabilityEngine().predict(
            profile: profile, answers: fixture.answers, retention: retention, examDate: fixture.examDate, seed: 7)
        let index = ReadinessIndexEngine().index(lessons: [], progress: [], answers: fixture.answers)
        let forecast = ExamReadyForecaster().forecast(
            profile: profile, answers: fixture.answers, retention: retention, goals: fixture.goals, lessonMinutes: 600,
            now: fixture.now, seed: 7)
        return prediction.probability + index.value + Double(forecast.days ?? 0)
    }
    LearnerBenchFixture.report(
        "learner.readiness (5,000 answers, 2,000-item bank, 2,000 review cards)", readiness, budget: readinessBudget)

    let mock = LearnerBenchFixture.median(runs: 25) {
        let exam = try? MockExamAssembler().assemble(
            blueprint: fixture.blueprint, bank: fixture.bank, cards: fixture.cardsById, now: fixture.now, items: 65,
            seed: 11)
        return Double(exam?.questionIds.count ?? 0)
    }
    LearnerBenchFixture.report("learner.mock (65 items from a 2,000-item bank)", mock, budget: mockBudget)
}

/// The synthetic learner and bank the learner benchmarks run on (deterministic).
struct LearnerBenchFixture {
    let blueprint: ExamBlueprint
    let bank: [Question]
    let ratings: [String: SkillRating]
    let answers: [AnswerRecord]
    let cards: [ReviewCard]
    let cardsById: [String: ReviewCard]
    let domainOf: [String: Int]
    let now = Date(timeIntervalSince1970: 1_736_121_600)
    let examDate = Date(timeIntervalSince1970: 1_736_121_600 + 30 * 86_400)
    let goals: LearnerGoals

    init() {
        let json = """
            {"code":"SAA-C03","title":"AWS Certified Solutions Architect - Associate","level":"associate",
             "guideVersion":"1.1","status":"current","durationMinutes":130,"scoredItems":50,"unscoredItems":15,
             "passingScore":720,"questionTypes":["multipleChoice","multipleResponse"],"domains":[
             {"number":1,"name":"Design Secure Architectures","weight":30,"taskStatements":[]},
             {"number":2,"name":"Design Resilient Architectures","weight":26,"taskStatements":[]},
             {"number":3,"name":"Design High-Performing Architectures","weight":24,"taskStatements":[]},
             {"number":4,"name":"Design Cost-Optimized Architectures","weight":20,"taskStatements":[]}]}
            """
        // The blueprint is fixed text above; failing to decode it is a programming error.
        blueprint = try! JSONDecoder().decode(ExamBlueprint.self, from: Data(json.utf8))
        var state: UInt64 = 0x5EED
        func random() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) * 0x1.0p-53
        }
        var bank: [Question] = []
        var ratings: [String: SkillRating] = [:]
        for index in 0..<2_000 {
            let domain = [1, 1, 1, 2, 2, 2, 3, 3, 4, 4][index % 10]
            let multiple = index % 5 == 0
            let id = "saa-\(index)"
            bank.append(
                Question(
                    id: id, exam: "SAA-C03", domain: domain, taskStatement: "\(domain).\(index % 4 + 1)",
                    type: multiple ? .multiple : .single, difficulty: Difficulty.allCases[index % 3], stem: "Item",
                    options: (0..<(multiple ? 5 : 4)).map { QuestionOption(id: "\($0)", text: "o", explanation: "e") },
                    answer: multiple ? ["0", "1"] : ["0"], choose: multiple ? 2 : nil))
            ratings[id] = SkillRating(value: random() * 4 - 2, answers: 40)
        }
        var answers: [AnswerRecord] = []
        for index in 0..<5_000 {
            let question = bank[(index * 7) % bank.count]
            let skill = -1 + 2.5 * Double(index) / 5_000
            let p = EloModel.standard.probability(
                ability: skill, difficulty: ratings[question.id]!.value, guess: EloModel.guessFloor(for: question))
            answers.append(
                AnswerRecord(
                    questionId: question.id, domain: question.domain, taskStatement: question.taskStatement,
                    type: question.type, score: random() < p ? 1 : 0,
                    answeredAt: now.addingTimeInterval(Double(index - 5_000) * 300), seconds: 50))
        }
        var cards: [ReviewCard] = []
        for question in bank {
            let stability = 0.5 + 40 * random()
            let last = now.addingTimeInterval(-86_400 * 20 * random())
            cards.append(
                ReviewCard(
                    id: question.id, state: .review, stability: stability, difficulty: 1 + 9 * random(),
                    due: last.addingTimeInterval(stability * 86_400), lastReview: last))
        }
        self.bank = bank
        self.ratings = ratings
        self.answers = answers
        self.cards = cards
        cardsById = Dictionary(uniqueKeysWithValues: cards.map { ($0.id, $0) })
        domainOf = Dictionary(uniqueKeysWithValues: bank.map { ($0.id, $0.domain) })
        goals = LearnerGoals(exam: "SAA-C03", examDate: examDate, dailyMinutes: 45)
    }

    /// The median wall time of `runs` runs in milliseconds, after one warm-up run.
    static func median(runs: Int, _ body: () -> Double) -> Double {
        let clock = ContinuousClock()
        var sink = body()
        var times: [Double] = []
        for _ in 0..<runs {
            let elapsed = clock.measure { sink += body() }
            let (seconds, attoseconds) = elapsed.components
            times.append(Double(seconds) * 1_000 + Double(attoseconds) / 1e15)
        }
        if sink.isNaN { print("unexpected NaN") }  // keeps the work observable
        times.sort()
        return times[times.count / 2]
    }

    static func report(_ name: String, _ milliseconds: Double, budget: Double) {
        let tenths = Int((milliseconds * 100).rounded())
        let fraction = String(tenths % 100)
        let text = "\(tenths / 100).\(fraction.count == 1 ? "0" + fraction : fraction)"
        print("\(name): median \(text) ms; budget \(Int(budget)) ms: \(milliseconds <= budget ? "holds" : "EXCEEDED")")
    }
}
