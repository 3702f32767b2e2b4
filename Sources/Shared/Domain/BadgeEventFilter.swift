/// A test on one field of a `LearningEvent`, used by badge requirements and penalties.
///
/// `value` is written as text and read according to the field: numbers for `value`, `previousValue`,
/// `improvement` and `domain`; `true`/`false` for `correct` and `onTime`; text otherwise. A filter on a
/// field the event does not carry fails.
public struct BadgeEventFilter: Codable, Sendable, Hashable {
    public enum Field: String, Codable, Sendable, Hashable, CaseIterable {
        case subjectId, exam, domain, value, previousValue, correct
        /// `value - previousValue`.
        case improvement
        /// A review done no later than a day after it was due.
        case onTime
    }

    public enum Operator: String, Codable, Sendable, Hashable, CaseIterable {
        case equals, notEquals, atLeast, atMost, hasPrefix
    }

    public var field: Field
    public var op: Operator
    public var value: String

    public init(field: Field, op: Operator, value: String) {
        self.field = field
        self.op = op
        self.value = value
    }
}
