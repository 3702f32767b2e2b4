#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Projects how much of what a learner reviewed will still be retrievable on a future date (the exam), per domain.
public struct RetentionProjector: Sendable {
    public var scheduler: FSRSScheduler

    public init(scheduler: FSRSScheduler = FSRSScheduler()) {
        self.scheduler = scheduler
    }

    /// Mean retrievability on `date` of each domain's cards that have been reviewed at least once.
    ///
    /// - Parameters:
    ///   - domainOf: the exam domain of each card's question; cards without one are ignored.
    ///   - keepsReviewing: when true (the default, and the readiness model's stated assumption), every review that
    ///     falls due before `date` is done on time and recalled; an overdue card is reviewed `now`. When false,
    ///     memory simply decays from the last review.
    public func retention(
        cards: [ReviewCard], domainOf: [String: Int], at date: Date, now: Date, keepsReviewing: Bool = true
    ) -> [Int: Double] {
        var sums: [Int: (total: Double, count: Int)] = [:]
        for card in cards where card.stability != nil && card.lastReview != nil {
            guard let domain = domainOf[card.id] else { continue }
            var projected = card
            if keepsReviewing {
                var reviews = 0
                while projected.due <= date && reviews < 64 {
                    let at = max(projected.due, now)
                    guard at <= date else { break }
                    projected = scheduler.review(projected, rating: .good, at: at)
                    reviews += 1
                }
            }
            let value = scheduler.retrievability(of: projected, at: date)
            sums[domain, default: (0, 0)].total += value
            sums[domain, default: (0, 0)].count += 1
        }
        return sums.mapValues { $0.total / Double($0.count) }
    }
}
