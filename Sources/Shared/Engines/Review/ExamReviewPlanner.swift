#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// FSRS review in exam-date mode: desired retention rises as the exam nears, no item is left to fall below it on
/// the exam day, and a plan keeps each day's reviews within the learner's study minutes (the most urgent first).
public struct ExamReviewPlanner: Sendable {
    public var scheduler: FSRSScheduler
    /// The desired retention on the exam day (the scheduler's own applies until the ramp starts).
    public var examRetention: Double
    /// Days before the exam over which desired retention rises linearly.
    public var rampDays: Int
    /// Estimated time one review takes.
    public var secondsPerReview: Double

    public init(
        scheduler: FSRSScheduler = FSRSScheduler(), examRetention: Double = 0.97, rampDays: Int = 30,
        secondsPerReview: Double = 45
    ) {
        self.scheduler = scheduler
        self.examRetention = examRetention
        self.rampDays = rampDays
        self.secondsPerReview = secondsPerReview
    }

    /// The desired retention for a review at `date`: the scheduler's until `rampDays` before the exam, then rising
    /// linearly to `examRetention` on the exam day (and staying there after it).
    public func desiredRetention(on date: Date, examDate: Date) -> Double {
        let base = scheduler.desiredRetention
        let daysLeft = examDate.timeIntervalSince(date) / 86_400
        guard rampDays > 0, daysLeft < Double(rampDays) else { return daysLeft <= 0 ? examRetention : base }
        let progress = 1 - max(daysLeft, 0) / Double(rampDays)
        return base + (max(examRetention, base) - base) * progress
    }

    /// A review in exam-date mode: the ramped desired retention, and when the next review would fall after the exam
    /// with retrievability on the exam day below `examRetention`, it is brought forward to the day before the exam.
    public func review(_ card: ReviewCard, rating: ReviewRating, at date: Date, examDate: Date) -> ReviewCard {
        var ramped = scheduler
        ramped.desiredRetention = desiredRetention(on: date, examDate: examDate)
        var next = ramped.review(card, rating: rating, at: date)
        if next.state == .review, date < examDate, next.due > examDate,
            ramped.retrievability(of: next, at: examDate) < examRetention
        {
            let dayBefore = examDate.addingTimeInterval(-86_400)
            next.due = max(dayBefore, min(date.addingTimeInterval(86_400), examDate))
        }
        return next
    }

    /// The plan from today's UTC day up to the day before the exam (at most 366 days), assuming each planned review
    /// is done on its day and recalled (rated Good). Cards never reviewed are not in the plan (practice brings
    /// new items in).
    ///
    /// - Parameter priority: a weight per question id (for example its domain's exam weight); missing means 1.
    ///   A day's reviews go to the highest `priority × (1 − retrievability)` first; the rest wait a day.
    public func plan(
        cards: [ReviewCard], priority: [String: Double], now: Date, examDate: Date, dailyMinutes: Int
    ) -> ReviewPlan {
        let capacity = max(0, Int(Double(dailyMinutes) * 60 / secondsPerReview))
        let today = (now.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400
        let dayCount = min(max(0, Int(((examDate.timeIntervalSince1970 - today) / 86_400).rounded(.up))), 366)
        var active = cards.filter { $0.stability != nil && $0.lastReview != nil }
        var days: [ReviewPlan.Day] = []
        var postponed = 0
        for day in 0..<dayCount {
            let start = Date(timeIntervalSince1970: today + Double(day) * 86_400)
            let end = start.addingTimeInterval(86_400)
            let due = active.indices.filter { active[$0].due < end && start < examDate }
            let ranked = due.sorted { lhs, rhs in
                let left = urgency(active[lhs], priority: priority, at: start)
                let right = urgency(active[rhs], priority: priority, at: start)
                return left != right ? left > right : active[lhs].id < active[rhs].id
            }
            let chosen = ranked.prefix(capacity)
            postponed += ranked.count - chosen.count
            for index in chosen {
                let at = min(max(active[index].due, start), end.addingTimeInterval(-1))
                active[index] = review(active[index], rating: .good, at: at, examDate: examDate)
            }
            days.append(
                ReviewPlan.Day(
                    date: start, questionIds: chosen.map { active[$0].id },
                    minutes: Double(chosen.count) * secondsPerReview / 60))
        }
        let examDay = Date(timeIntervalSince1970: (examDate.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
        let backlog = active.filter { $0.due < examDay }.count
        let retention =
            active.isEmpty
            ? 1 : active.reduce(0) { $0 + scheduler.retrievability(of: $1, at: examDate) } / Double(active.count)
        return ReviewPlan(
            days: days, capacityPerDay: capacity, postponedReviews: postponed, backlogAtExam: backlog,
            projectedRetention: retention, examRetention: examRetention)
    }

    private func urgency(_ card: ReviewCard, priority: [String: Double], at date: Date) -> Double {
        (priority[card.id] ?? 1) * (1 - scheduler.retrievability(of: card, at: date))
    }
}
