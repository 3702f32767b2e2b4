/// Whole-percent text for fractions in explanations (FoundationEssentials has no number formatter).
public enum Percent {
    /// `0.823` → `"82%"`; values outside 0...1 are clamped, NaN reads as 0%.
    public static func text(_ fraction: Double) -> String {
        let clamped = fraction.isNaN ? 0 : min(max(fraction, 0), 1)
        return "\(Int((clamped * 100).rounded()))%"
    }
}
