import Foundation
import Testing

@testable import Shared

@Suite("Weekly leagues")
struct LeagueEngineTests {
    let engine = LeagueEngine()

    func group(_ points: [Int], tier: LeagueTier = .silver) -> [LeagueMember] {
        points.enumerated().map { LeagueMember(userId: "u\($0.offset)", tier: tier, weeklyPoints: $0.element) }
    }

    @Test("In a group of 30 the top 5 move up and the bottom 5 move down")
    func promotionAndDemotion() {
        let outcomes = engine.closeWeek(group((1...30).map { $0 * 10 }))
        #expect(outcomes.filter { $0.movement == .promoted }.map(\.userId) == ["u29", "u28", "u27", "u26", "u25"])
        #expect(outcomes.filter { $0.movement == .demoted }.map(\.userId) == ["u4", "u3", "u2", "u1", "u0"])
        #expect(outcomes.map(\.rank) == Array(1...30))
        #expect(outcomes.first?.toTier == .gold)
        #expect(outcomes.last?.toTier == .bronze)
    }

    @Test("Idle members are never promoted and always demoted; the top and bottom tiers hold their ends")
    func edges() {
        let idle = engine.closeWeek(group([0, 0, 0, 0, 0, 0]))
        #expect(idle.allSatisfy { $0.movement == .demoted })
        let top = engine.closeWeek(group([50, 40, 30, 20, 10, 5], tier: .diamond))
        #expect(top.first?.movement == .stayed)
        let bottom = engine.closeWeek(group([50, 40, 30, 20, 10, 0], tier: .bronze))
        #expect(bottom.last?.movement == .stayed)
        #expect(engine.closeWeek(group([10, 5])).allSatisfy { $0.movement == .stayed })
    }

    @Test("Ties go to whoever reached the points first, then to the user id")
    func ties() {
        let early = Date(timeIntervalSince1970: 100)
        let members = [
            LeagueMember(userId: "b", tier: .gold, weeklyPoints: 50, reachedAt: Date(timeIntervalSince1970: 200)),
            LeagueMember(userId: "a", tier: .gold, weeklyPoints: 50, reachedAt: nil),
            LeagueMember(userId: "c", tier: .gold, weeklyPoints: 50, reachedAt: early),
        ]
        #expect(engine.standings(members).map(\.userId) == ["c", "b", "a"])
    }

    @Test("Groups are balanced, complete, at most groupSize, and reproducible from the seed")
    func groups() {
        let members = (0..<95).map { LeagueMember(userId: "u\($0)", tier: .gold, weeklyPoints: 0) }
        let groups = engine.formGroups(members, seed: 42)
        #expect(groups.map(\.count).sorted() == [23, 24, 24, 24])
        #expect(Set(groups.flatMap { $0.map(\.userId) }) == Set(members.map(\.userId)))
        #expect(engine.formGroups(members.reversed(), seed: 42) == groups)
        #expect(engine.formGroups(members, seed: 43) != groups)
        #expect(engine.formGroups([], seed: 1).isEmpty)
    }

    @Test("Neighbours are the places around the learner")
    func neighbours() {
        let members = group((1...10).map { $0 })
        #expect(engine.neighbours(of: "u5", in: members, radius: 1).map(\.userId) == ["u6", "u5", "u4"])
        #expect(engine.neighbours(of: "u9", in: members, radius: 2).map(\.userId) == ["u9", "u8", "u7"])
        #expect(engine.neighbours(of: "nobody", in: members).isEmpty)
    }

    @Test(
        "League weeks are ISO weeks starting Monday 00:00 UTC",
        arguments: [
            ("2026-01-01", 1_767_225_600.0, "2026-W01"), ("2027-01-01", 1_798_761_600, "2026-W53"),
            ("2024-12-30", 1_735_516_800, "2025-W01"), ("2026-11-21", 1_795_219_200, "2026-W47"),
            ("2021-01-03", 1_609_632_000, "2020-W53"),
        ])
    func weeks(label: String, seconds: Double, expected: String) {
        let week = LeagueWeek(containing: Date(timeIntervalSince1970: seconds))
        #expect(week.description == expected, "\(label)")
        #expect(week.start <= Date(timeIntervalSince1970: seconds))
        #expect(Date(timeIntervalSince1970: seconds).timeIntervalSince(week.start) < 7 * 86_400)
        #expect(CivilDate(daysSinceEpoch: Int(week.start.timeIntervalSince1970 / 86_400)).weekday == 1)
        #expect(LeagueWeek(containing: week.start) == week)
    }
}
