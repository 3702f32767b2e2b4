import Foundation
import Testing

@testable import Shared

@Suite("Points for learning value, with daily cap and cheat guard")
struct PointsEngineTests {
    let engine = PointsEngine()
    static let start = Date(timeIntervalSince1970: 1_772_452_800)  // 2026-03-02T12:00:00Z

    static func event(
        _ id: String, _ type: LearningEventType, at seconds: Double, subject: String = "lesson-1", value: Double? = nil,
        previous: Double? = nil, due: Double? = nil, correct: Bool? = nil
    ) -> LearningEvent {
        LearningEvent(
            id: id, userId: "u1", type: type, occurredAt: start.addingTimeInterval(seconds), subjectId: subject,
            value: value, previousValue: previous, dueAt: due.map { start.addingTimeInterval($0) }, correct: correct,
            exam: "SAA-C03")
    }

    /// Feeds events in order, returning the awards and the final ledger.
    func run(_ events: [LearningEvent], zone: LearnerTimeZone = .utc) -> ([PointsAward], PointsLedger) {
        var ledger = PointsLedger()
        var awards: [PointsAward] = []
        for event in events {
            let (award, next) = engine.award(event, ledger: ledger, timeZone: zone)
            awards.append(award)
            ledger = next
        }
        return (awards, ledger)
    }

    @Test("Mastery gains pay only above the lesson's high-water mark, with a bonus for crossing mastery")
    func mastery() {
        let (awards, ledger) = run([
            Self.event("1", .masteryGained, at: 0, value: 0.7, previous: 0.4),
            Self.event("2", .masteryGained, at: 400, value: 0.96, previous: 0.7),
            Self.event("3", .masteryGained, at: 800, value: 0.5, previous: 0.96),
            Self.event("4", .masteryGained, at: 1_200, value: 0.9, previous: 0.5),
        ])
        #expect(awards.map(\.points) == [30, 46, 0, 0])
        #expect(awards[3].outcome == .noLearningValue)
        #expect(ledger.total == 76)
    }

    @Test("Reviews pay most on time, less late, almost nothing early")
    func reviews() {
        let (awards, _) = run([
            Self.event("1", .reviewCompleted, at: 0, subject: "card-1", due: -3_600),
            Self.event("2", .reviewCompleted, at: 0, subject: "card-2", due: -200_000),
            Self.event("3", .reviewCompleted, at: 0, subject: "card-3", due: 3_600),
            Self.event("4", .reviewCompleted, at: 0, subject: "card-4"),
        ])
        #expect(awards.map(\.points) == [10, 4, 1, 4])
    }

    @Test("Mock exams pay for the first attempt and for beating the best, capped")
    func mocks() {
        let (awards, _) = run([
            Self.event("1", .mockExamCompleted, at: 0, subject: "mock-a", value: 600),
            Self.event("2", .mockExamCompleted, at: 400, subject: "mock-b", value: 700),
            Self.event("3", .mockExamCompleted, at: 800, subject: "mock-c", value: 650),
            Self.event("4", .mockExamCompleted, at: 1_200, subject: "mock-d", value: 1_000),
        ])
        #expect(awards.map(\.points) == [30, 50, 0, 100])
    }

    @Test("Scenario answers pay for quality above 50 and only for improving on the best answer")
    func scenarios() {
        let (awards, _) = run([
            Self.event("1", .scenarioGraded, at: 0, subject: "q1", value: 40),
            Self.event("2", .scenarioGraded, at: 400, subject: "q1", value: 80),
            Self.event("3", .scenarioGraded, at: 800, subject: "q1", value: 90),
            Self.event("4", .scenarioGraded, at: 1_200, subject: "q1", value: 85),
        ])
        #expect(awards.map(\.points) == [0, 15, 5, 0])
    }

    @Test("A processed event id never pays twice")
    func duplicates() {
        let event = Self.event("same", .lessonCompleted, at: 0)
        let (awards, ledger) = run([event, event])
        #expect(awards.map(\.outcome) == [.awarded, .duplicate])
        #expect(ledger.total == 5)
    }

    @Test("Repeating the same thing within 180 s pays nothing, after that it pays")
    func repeats() {
        let (awards, _) = run([
            Self.event("1", .lessonCompleted, at: 0), Self.event("2", .lessonCompleted, at: 60),
            Self.event("3", .lessonCompleted, at: 250),
        ])
        #expect(awards.map(\.outcome) == [.awarded, .repeated, .awarded])
    }

    @Test("More than 10 scoring events in 60 s pay nothing until the window passes")
    func bursts() {
        var events = (0..<12).map { Self.event("b\($0)", .lessonCompleted, at: Double($0), subject: "lesson-\($0)") }
        events.append(Self.event("late", .lessonCompleted, at: 75, subject: "lesson-late"))
        let (awards, _) = run(events)
        #expect(awards.prefix(10).allSatisfy { $0.outcome == .awarded })
        #expect(awards[10].outcome == .burst && awards[11].outcome == .burst)
        #expect(awards[12].outcome == .awarded)
    }

    @Test("A guarded event does not spend its learning: the same gain pays once the guard lifts")
    func guardedGainStillPays() {
        var events = (0..<10).map { Self.event("b\($0)", .lessonCompleted, at: Double($0), subject: "lesson-\($0)") }
        events.append(Self.event("m1", .masteryGained, at: 20, subject: "lesson-x", value: 0.8, previous: 0.3))
        events.append(Self.event("m2", .masteryGained, at: 120, subject: "lesson-x", value: 0.8, previous: 0.3))
        let (awards, _) = run(events)
        #expect(awards[10].outcome == .burst)
        #expect(awards[11].points == 50)
    }

    @Test("The daily cap is per local day of the learner")
    func dailyCap() throws {
        let tokyo = try #require(LearnerTimeZone(identifier: "Asia/Tokyo"))
        let events = (0..<8).map {
            Self.event(
                "m\($0)", .mockExamCompleted, at: Double($0) * 200, subject: "mock", value: 400 + 200 * Double($0))
        }
        let (awards, ledger) = run(events)
        #expect(awards.map(\.points).reduce(0, +) == 300)
        #expect(awards.contains { $0.outcome == .dailyCapReached })
        #expect(ledger.earnedToday == 300)
        // 2026-03-02T14:59Z is the 2nd in Tokyo; 15:01Z is the 3rd, a new day with a fresh cap.
        let lateUTC = [
            Self.event("t1", .mockExamCompleted, at: 10_740, subject: "m", value: 400),
            Self.event("t2", .mockExamCompleted, at: 11_000, subject: "m", value: 1_000),
        ]
        var capped = PointsLedger()
        capped.day = tokyo.localDay(of: Self.start)
        capped.earnedToday = 300
        let (first, afterFirst) = engine.award(lateUTC[0], ledger: capped, timeZone: tokyo)
        let (second, _) = engine.award(lateUTC[1], ledger: afterFirst, timeZone: tokyo)
        #expect(first.points == 0 && first.outcome == .dailyCapReached)
        #expect(second.points == 100)
    }

    @Test("Hostile numbers and dates from outside never trap")
    func hostileNumbers() {
        let extremes: [Double] = [.infinity, -.infinity, .nan, 1e300, -1e300, .greatestFiniteMagnitude]
        var ledger = PointsLedger()
        for (index, value) in extremes.enumerated() {
            for type in LearningEventType.allCases {
                let event = LearningEvent(
                    id: "\(index)-\(type)", userId: "u", type: type,
                    occurredAt: Date(timeIntervalSince1970: value.isNaN ? 0 : value),
                    subjectId: "s\(index)", value: value, previousValue: -value,
                    dueAt: Date(timeIntervalSince1970: 1e300), correct: true)
                let (award, next) = engine.award(event, ledger: ledger, timeZone: .utc)
                #expect(award.points >= 0 && award.points <= 300)
                ledger = next
            }
        }
        #expect(LevelCurve(base: 1e300, growth: 1e10, maximumLevel: 1_000).threshold(of: 1_000) == 1_000_000_000)
    }

    @Test("On random event streams the ledger adds up and never exceeds the cap")
    func properties() {
        var generator = SeededGenerator(seed: 11)
        let types = LearningEventType.allCases
        var ledger = PointsLedger()
        var paid = 0
        var perDay: [Int: Int] = [:]
        var clock = 0.0
        for index in 0..<3_000 {
            clock += Double(generator.next() % 400)
            let type = types[Int(generator.next() % UInt64(types.count))]
            let event = Self.event(
                generator.next() % 20 == 0 ? "dup" : "e\(index)", type, at: clock, subject: "s\(generator.next() % 6)",
                value: Double(generator.next() % 1_000) / (type == .masteryGained ? 1_000 : 1), previous: 0.2,
                due: clock - Double(generator.next() % 200_000), correct: generator.next() % 2 == 0)
            let (award, next) = engine.award(event, ledger: ledger, timeZone: .utc)
            #expect(award.points >= 0 && award.points <= award.basePoints)
            paid += award.points
            perDay[LearnerTimeZone.utc.localDay(of: event.occurredAt), default: 0] += award.points
            ledger = next
        }
        #expect(ledger.total == paid)
        #expect(perDay.values.allSatisfy { $0 <= 300 })
        #expect(ledger.processedEventIds.count <= 500)
    }
}

@Suite("Level curve")
struct LevelCurveTests {
    let curve = LevelCurve()

    @Test("Thresholds follow base 120 and growth 1.3")
    func thresholds() {
        #expect((1...10).map(curve.threshold) == [0, 120, 276, 479, 742, 1_085, 1_531, 2_110, 2_863, 3_842])
    }

    @Test("Levels, thresholds and progress agree for every point total up to level 30")
    func consistency() {
        var previousLevel = 1
        for points in stride(from: 0, through: curve.threshold(of: 30), by: 13) {
            let level = curve.level(for: points)
            #expect(level >= previousLevel)
            #expect(curve.threshold(of: level) <= points)
            #expect(curve.threshold(of: level + 1) > points)
            #expect((0..<1).contains(curve.progress(for: points)))
            previousLevel = level
        }
        for level in 1...30 {
            #expect(curve.level(for: curve.threshold(of: level)) == level)
        }
    }

    @Test("The maximum level caps everything; a flat curve is linear")
    func limits() {
        let short = LevelCurve(maximumLevel: 3)
        #expect(short.level(for: 1_000_000) == 3)
        #expect(short.progress(for: 1_000_000) == 1)
        #expect(LevelCurve(base: 100, growth: 1).threshold(of: 5) == 400)
    }
}
