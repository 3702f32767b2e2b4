/// The analysis of one IAM policy document.
public struct IAMPolicyReport: Codable, Sendable, Hashable {
    /// Most severe first, then by statement.
    public var findings: [PolicyFinding]
    /// 0 (dangerous or unreadable) to 100 (no finding). A document that cannot be evaluated at all (not JSON,
    /// not an object, no statements) scores 0.
    public var score: Int
    /// Whether the document could be evaluated; `false` means only `malformed` findings are meaningful.
    public var evaluated: Bool
    public var statementCount: Int

    /// The worst severity among the findings, `nil` when there are none.
    public var highestSeverity: RiskSeverity? { findings.map(\.severity).max() }

    public init(findings: [PolicyFinding], score: Int, evaluated: Bool, statementCount: Int) {
        self.findings = findings
        self.score = score
        self.evaluated = evaluated
        self.statementCount = statementCount
    }

    /// The findings of one type.
    public func findings(of type: PolicyFindingType) -> [PolicyFinding] {
        findings.filter { $0.type == type }
    }
}
