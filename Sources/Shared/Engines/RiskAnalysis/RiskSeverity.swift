/// How bad a finding is, shared by the IAM and the security-group analyzers.
public enum RiskSeverity: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    case low, medium, high, critical

    public static func < (lhs: RiskSeverity, rhs: RiskSeverity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    /// This severity lowered by `steps` levels, never below `low`. Mitigations (a restricting condition, a
    /// bounded resource) each lower a finding by one step.
    public func lowered(by steps: Int) -> RiskSeverity {
        let all = Self.allCases
        return all[max(0, rank - max(0, steps))]
    }

    /// Points this severity takes off a 0–100 score.
    public var scorePenalty: Int {
        switch self {
        case .low: 2
        case .medium: 8
        case .high: 20
        case .critical: 50
        }
    }

    /// The 0–100 score for a set of findings: 100 minus each finding's penalty, never below 0.
    public static func score(_ severities: some Sequence<RiskSeverity>) -> Int {
        max(0, 100 - severities.reduce(0) { $0 + $1.scorePenalty })
    }
}
