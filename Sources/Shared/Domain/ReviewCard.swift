#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The spaced-review state of one question for one learner (FSRS-6).
///
/// A new card is in `.learning` at step 0 with no stability or difficulty; the first review sets both.
/// `due` is when the next review is scheduled; `lastReview` is the time of the most recent one.
public struct ReviewCard: Codable, Sendable, Hashable, Identifiable {
    /// The question id the card schedules.
    public var id: String
    public var state: ReviewState
    /// The learning or relearning step; `nil` in `.review`.
    public var step: Int?
    /// Days until retrievability falls to 90%; `nil` before the first review.
    public var stability: Double?
    /// 1 (easy) to 10 (hard); `nil` before the first review.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    /// A card, new by default (learning, step 0, due at `due`).
    public init(
        id: String, state: ReviewState = .learning, step: Int? = nil, stability: Double? = nil,
        difficulty: Double? = nil, due: Date, lastReview: Date? = nil
    ) {
        self.id = id
        self.state = state
        self.step = state == .learning && step == nil ? 0 : step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// Whether the card has a review scheduled at or before `date`.
    public func isDue(at date: Date) -> Bool { due <= date }
}
