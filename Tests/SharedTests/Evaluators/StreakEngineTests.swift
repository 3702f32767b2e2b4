import Foundation
import Testing

@testable import Shared

@Suite("Time zones without Foundation's database")
struct LearnerTimeZoneTests {
    @Test(
        "Offsets parse in the usual spellings",
        arguments: [
            ("UTC", 0), ("Z", 0), ("GMT", 0), ("+05:30", 19_800), ("UTC-3", -10_800), ("-0800", -28_800),
            ("GMT+1", 3_600),
            ("+14", 50_400), ("-09:30", -34_200), ("Asia/Kolkata", 19_800),
        ])
    func offsets(identifier: String, seconds: Int) throws {
        let zone = try #require(LearnerTimeZone(identifier: identifier))
        #expect(zone.offset(at: Date(timeIntervalSince1970: 1_767_225_600)) == seconds)
    }

    @Test(
        "Unknown names and impossible offsets are rejected",
        arguments: ["", "Mars/Olympus_Mons", "+15", "+5:3", "+123", "UTC+", "utc", "+05:60", "ZZ", "America/Santiago"])
    func rejected(identifier: String) {
        #expect(LearnerTimeZone(identifier: identifier) == nil)
    }

    @Test(
        "Daylight-saving transitions match the IANA database (values from zoneinfo)",
        arguments: [
            ("America/New_York", 1_772_953_199, -18_000), ("America/New_York", 1_772_953_200, -14_400),
            ("America/New_York", 1_793_512_799, -14_400), ("America/New_York", 1_793_512_800, -18_000),
            ("Europe/Berlin", 1_774_745_999, 3_600), ("Europe/Berlin", 1_774_746_000, 7_200),
            ("Europe/Berlin", 1_792_889_999, 7_200), ("Europe/Berlin", 1_792_890_000, 3_600),
            ("Australia/Sydney", 1_775_318_399, 39_600), ("Australia/Sydney", 1_775_318_400, 36_000),
            ("Australia/Sydney", 1_791_043_199, 36_000), ("Australia/Sydney", 1_791_043_200, 39_600),
            ("Pacific/Auckland", 1_790_431_199, 43_200), ("Pacific/Auckland", 1_790_431_200, 46_800),
            ("Pacific/Auckland", 1_775_311_199, 46_800), ("Pacific/Auckland", 1_775_311_200, 43_200),
            ("Australia/Adelaide", 1_791_044_999, 34_200), ("Australia/Adelaide", 1_791_045_000, 37_800),
        ])
    func transitions(name: String, seconds: Double, offset: Int) throws {
        #expect(
            try #require(LearnerTimeZone(identifier: name)).offset(at: Date(timeIntervalSince1970: seconds)) == offset)
    }

    @Test("Local days follow the learner's midnight")
    func localDays() throws {
        let tokyo = try #require(LearnerTimeZone(identifier: "Asia/Tokyo"))
        let day = CivilDate(year: 2026, month: 3, day: 3).daysSinceEpoch
        #expect(tokyo.localDay(of: Date(timeIntervalSince1970: 1_772_465_400)) == day)  // 15:30Z = 00:30 JST
        #expect(LearnerTimeZone.utc.localDay(of: Date(timeIntervalSince1970: 1_772_465_400)) == day - 1)
        #expect(LearnerTimeZone.utc.localDay(of: Date(timeIntervalSince1970: -1)) == -1)
    }

    @Test("Codable as its identifier; unknown identifiers fail to decode")
    func codable() throws {
        let zone = try #require(LearnerTimeZone(identifier: "Europe/Lisbon"))
        let data = try JSONEncoder().encode([zone])
        #expect(String(decoding: data, as: UTF8.self) == #"["Europe\/Lisbon"]"#)
        #expect(try JSONDecoder().decode([LearnerTimeZone].self, from: data) == [zone])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LearnerTimeZone].self, from: Data(#"["Nowhere"]"#.utf8))
        }
        #expect(LearnerTimeZone(offsetSeconds: 19_800)?.identifier == "+05:30")
        #expect(LearnerTimeZone(offsetSeconds: -3_600)?.identifier == "-01:00")
        #expect(LearnerTimeZone(offsetSeconds: 60_000) == nil)
    }

    @Test("Extreme dates are clamped, not trapped")
    func extremeDates() throws {
        let zone = try #require(LearnerTimeZone(identifier: "Europe/Paris"))
        for seconds in [1e300, -1e300, Double.infinity, -Double.infinity] {
            let date = Date(timeIntervalSince1970: seconds)
            _ = zone.localDay(of: date)
            _ = LeagueWeek(containing: date)
            _ = OpenBadgeCredentialExporter.iso8601(date)
            _ = StreakEngine().recordActivity(at: date, timeZone: zone, state: StreakState())
        }
    }

    @Test("Civil dates round-trip through day counts, weekdays included")
    func civilDates() {
        #expect(CivilDate(daysSinceEpoch: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(year: 1970, month: 1, day: 1).weekday == 4)
        #expect(CivilDate.lastSunday(year: 2026, month: 3) == CivilDate(year: 2026, month: 3, day: 29))
        #expect(CivilDate.nthSunday(2, year: 2026, month: 3) == CivilDate(year: 2026, month: 3, day: 8))
        var previous = CivilDate(daysSinceEpoch: -800_000)
        for day in stride(from: -799_999, through: 800_000, by: 37) {
            let date = CivilDate(daysSinceEpoch: day)
            #expect(date.daysSinceEpoch == day)
            #expect(previous < date)
            #expect((1...12).contains(date.month) && (1...31).contains(date.day))
            previous = date
        }
    }
}

@Suite("Streaks with earned, capped freezes")
struct StreakEngineTests {
    let engine = StreakEngine()
    let newYork = LearnerTimeZone(identifier: "America/New_York")!
    static let day0 = 1_772_452_800.0  // 2026-03-02T12:00Z, 07:00 in New York

    func record(
        _ days: [Double], zone: LearnerTimeZone = .utc, state: StreakState = StreakState()
    ) -> (StreakState, [StreakUpdate]) {
        var state = state
        var updates: [StreakUpdate] = []
        for day in days {
            let (next, update) = engine.recordActivity(
                at: Date(timeIntervalSince1970: Self.day0 + day * 86_400), timeZone: zone, state: state)
            state = next
            updates.append(update)
        }
        return (state, updates)
    }

    @Test("Consecutive days extend; the same day counts once")
    func consecutive() {
        let (state, updates) = record([0, 0.2, 1, 2])
        #expect(updates == [.started, .alreadyCounted, .extended, .extended])
        #expect(state.current == 3 && state.longest == 3)
    }

    @Test("Seven active days earn a freeze; at most two are held")
    func earning() {
        let (state, _) = record((0..<30).map(Double.init))
        #expect(state.freezesHeld == 2)
        #expect(record((0..<7).map(Double.init)).0.freezesHeld == 1)
        #expect(record((0..<6).map(Double.init)).0.freezesHeld == 0)
    }

    @Test("A freeze bridges up to two missed days without counting them; longer gaps reset")
    func freezes() {
        let (held, _) = record((0..<7).map(Double.init))
        let (bridged, updates) = record([9], state: held)
        #expect(updates == [.bridged(missedDays: [held.lastActiveDay! + 1, held.lastActiveDay! + 2])])
        #expect(bridged.current == 8 && bridged.freezesHeld == 0)
        let (reset, resetUpdates) = record([12], state: bridged)
        #expect(resetUpdates == [.reset(previous: 8)])
        #expect(reset.current == 1 && reset.longest == 8)
        let (noFreeze, noFreezeUpdates) = record([0, 2])
        #expect(noFreezeUpdates.last == .reset(previous: 1) && noFreeze.current == 1)
        let (tooLong, tooLongUpdates) = record([10], state: held)
        #expect(tooLongUpdates == [.reset(previous: 7)] && tooLong.freezesHeld == 1)
    }

    @Test("Days are the learner's: 23:30 and 00:30 in New York are two days in the same UTC day")
    func learnersDays() {
        let lateEvening = Date(timeIntervalSince1970: 1_772_422_200)  // 2026-03-02T03:30Z = 22:30 EST on the 1st
        let afterMidnight = Date(timeIntervalSince1970: 1_772_429_400)  // 05:30Z = 00:30 EST on the 2nd
        let (first, _) = engine.recordActivity(at: lateEvening, timeZone: newYork, state: StreakState())
        let (second, update) = engine.recordActivity(at: afterMidnight, timeZone: newYork, state: first)
        #expect(update == .extended && second.current == 2)
        let (utcFirst, _) = engine.recordActivity(at: lateEvening, timeZone: .utc, state: StreakState())
        #expect(engine.recordActivity(at: afterMidnight, timeZone: .utc, state: utcFirst).1 == .alreadyCounted)
    }

    @Test("Status for reminders")
    func status() {
        let (held, _) = record((0..<7).map(Double.init))
        func status(_ day: Double, _ state: StreakState) -> StreakStatus {
            engine.status(at: Date(timeIntervalSince1970: Self.day0 + day * 86_400), timeZone: .utc, state: state)
        }
        #expect(status(0, StreakState()) == .none)
        #expect(status(6, held) == .activeToday)
        #expect(status(7, held) == .atRisk)
        #expect(status(9, held) == .protectedByFreeze)
        #expect(status(10, held) == .broken)
        #expect(status(9, record([0, 1]).0) == .broken)
    }

    @Test("On random activity the streak never exceeds active days and freezes stay within the cap")
    func properties() {
        var generator = SeededGenerator(seed: 17)
        var state = StreakState()
        var day = 0.0
        var activeDays = 0
        for _ in 0..<2_000 {
            day += Double(generator.next() % 4)
            let (next, update) = engine.recordActivity(
                at: Date(timeIntervalSince1970: Self.day0 + day * 86_400), timeZone: .utc, state: state)
            if update != .alreadyCounted { activeDays += 1 }
            if case .reset = update { activeDays = 1 }
            state = next
            #expect(state.current <= activeDays)
            #expect((0...2).contains(state.freezesHeld))
            #expect(state.longest >= state.current)
        }
    }
}
