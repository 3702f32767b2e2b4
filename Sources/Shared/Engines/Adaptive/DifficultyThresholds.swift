/// The design documents' adaptive levels: an average score of at least 0.90 is advanced, at least 0.75
/// intermediate, anything lower beginner.
public struct DifficultyThresholds: Sendable, Hashable, Codable {
    public var advanced: Double
    public var intermediate: Double

    public static let standard = DifficultyThresholds(advanced: 0.90, intermediate: 0.75)

    public init(advanced: Double, intermediate: Double) {
        self.advanced = advanced
        self.intermediate = intermediate
    }

    /// The level for an average score in 0...1; NaN (no answers yet) is beginner.
    public func level(forAverage average: Double) -> Difficulty {
        if average >= advanced { return .advanced }
        if average >= intermediate { return .intermediate }
        return .beginner
    }
}
