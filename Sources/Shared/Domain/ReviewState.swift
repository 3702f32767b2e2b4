/// Where an item is in the FSRS life cycle (raw values as in FSRS: 1–3).
public enum ReviewState: Int, Codable, Sendable, Hashable, CaseIterable {
    /// New or still in its learning steps (minutes apart).
    case learning = 1
    /// Graduated: scheduled in whole days by the memory model.
    case review = 2
    /// Forgotten after graduating; back in the (minutes apart) relearning steps.
    case relearning = 3
}
