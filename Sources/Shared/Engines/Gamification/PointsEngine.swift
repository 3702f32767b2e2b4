#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Awards points for learning value, never for clicking.
///
/// Mastery gains pay only above the lesson's previous high-water mark; reviews pay most when done on time;
/// mock exams pay for beating the previous best; scenario answers pay for quality above a threshold and only
/// for improving on the best earlier answer. Then the guards apply, in this order: duplicate event ids pay
/// nothing; the same type and subject within `repeatIntervalSeconds` pays nothing; more than `burstLimit`
/// scoring events in `burstWindowSeconds` pay nothing; and the learner's local day never pays more than
/// `dailyCap`. A guarded event leaves the high-water marks untouched, so the learning it shows can still pay
/// later.
public struct PointsEngine: Sendable {
    public var policy: PointsPolicy

    public init(policy: PointsPolicy = PointsPolicy()) {
        self.policy = policy
    }

    /// Judges `event` against `ledger`, returning the award and the updated ledger.
    public func award(
        _ event: LearningEvent, ledger: PointsLedger, timeZone: LearnerTimeZone
    ) -> (PointsAward, PointsLedger) {
        var ledger = ledger
        if ledger.processedEventIds.contains(event.id) {
            return (PointsAward(points: 0, basePoints: 0, outcome: .duplicate), ledger)
        }
        remember(event.id, in: &ledger)
        let (base, marks) = value(of: event, ledger: ledger)
        guard base > 0 else {
            apply(marks, to: &ledger)
            return (PointsAward(points: 0, basePoints: 0, outcome: .noLearningValue), ledger)
        }
        let now = event.occurredAt
        let key = "\(event.type.rawValue):\(event.subjectId)"
        if let last = ledger.lastScoredAt[key], abs(now.timeIntervalSince(last)) < policy.repeatIntervalSeconds {
            return (PointsAward(points: 0, basePoints: base, outcome: .repeated), ledger)
        }
        ledger.recentScoringTimes.removeAll { abs(now.timeIntervalSince($0)) >= policy.burstWindowSeconds }
        if ledger.recentScoringTimes.count >= policy.burstLimit {
            return (PointsAward(points: 0, basePoints: base, outcome: .burst), ledger)
        }
        ledger.recentScoringTimes.append(now)
        ledger.lastScoredAt = ledger.lastScoredAt.filter {
            abs(now.timeIntervalSince($0.value)) < policy.repeatIntervalSeconds
        }
        ledger.lastScoredAt[key] = now
        apply(marks, to: &ledger)
        let day = timeZone.localDay(of: now)
        if ledger.day != day {
            ledger.day = day
            ledger.earnedToday = 0
        }
        let points = min(base, max(0, policy.dailyCap - ledger.earnedToday))
        ledger.earnedToday += points
        ledger.total += points
        return (
            PointsAward(points: points, basePoints: base, outcome: points < base ? .dailyCapReached : .awarded), ledger
        )
    }

    private func remember(_ id: String, in ledger: inout PointsLedger) {
        ledger.processedEventIds.append(id)
        if ledger.processedEventIds.count > policy.rememberedEventIds {
            ledger.processedEventIds.removeFirst(ledger.processedEventIds.count - policy.rememberedEventIds)
        }
    }

    private struct Marks {
        var mastery: (String, Double)?
        var best: (String, Double)?
    }

    private func apply(_ marks: Marks, to ledger: inout PointsLedger) {
        if let (lesson, level) = marks.mastery { ledger.masteryHighWater[lesson] = level }
        if let (key, score) = marks.best { ledger.bestScores[key] = score }
    }

    /// The event's worth before guards, and the high-water marks it would raise.
    private func value(of event: LearningEvent, ledger: PointsLedger) -> (Int, Marks) {
        switch event.type {
        case .masteryGained:
            guard let after = event.value.map(clampUnit) else { return (0, Marks()) }
            let before = max(event.previousValue.map(clampUnit) ?? 0, ledger.masteryHighWater[event.subjectId] ?? 0)
            guard after > before else { return (0, Marks()) }
            var points = ((after - before) * policy.pointsPerMastery).boundedInt
            if before < policy.masteredThreshold && after >= policy.masteredThreshold { points += policy.masteredBonus }
            return (points, Marks(mastery: (event.subjectId, after)))
        case .reviewCompleted:
            guard let due = event.dueAt else { return (policy.lateReview, Marks()) }
            let lateness = event.occurredAt.timeIntervalSince(due)
            let points =
                lateness < 0
                ? policy.earlyReview : lateness <= policy.reviewGraceSeconds ? policy.onTimeReview : policy.lateReview
            return (points, Marks())
        case .mockExamCompleted:
            guard let score = event.value else { return (0, Marks()) }
            let key = "mock:\(event.exam ?? event.subjectId)"
            guard let previous = ledger.bestScores[key] ?? event.previousValue else {
                return (policy.firstMockExam, Marks(best: (key, score)))
            }
            guard score > previous else { return (0, Marks()) }
            let points = min(
                policy.maximumMockImprovementPoints,
                ((score - previous) * policy.pointsPerMockImprovement).boundedInt)
            return (points, Marks(best: (key, score)))
        case .scenarioGraded:
            guard let score = event.value else { return (0, Marks()) }
            let key = "scenario:\(event.subjectId)"
            let floor = max(Double(policy.scenarioThreshold), ledger.bestScores[key] ?? 0)
            guard score > floor else { return (0, Marks()) }
            return (((score - floor) / 2).boundedInt, Marks(best: (key, score)))
        case .lessonCompleted:
            return (policy.lessonCompleted, Marks())
        case .questionAnswered:
            return (event.correct == true ? policy.correctAnswer : 0, Marks())
        case .streakExtended:
            return (0, Marks())
        }
    }

    private func clampUnit(_ value: Double) -> Double {
        value.isFinite ? min(1, max(0, value)) : 0
    }
}
