extension Double {
    /// This value rounded to an `Int` within ±1,000,000,000; NaN is 0. Event fields arrive from outside, and
    /// `Int(_:)` traps on values it cannot represent, so every conversion of event-derived numbers goes here.
    var boundedInt: Int {
        guard !isNaN else { return 0 }
        return Int(Swift.min(1e9, Swift.max(-1e9, rounded())))
    }
}
