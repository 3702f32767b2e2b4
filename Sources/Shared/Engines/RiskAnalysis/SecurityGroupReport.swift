/// The analysis of a security group's ingress rules.
public struct SecurityGroupReport: Codable, Sendable, Hashable {
    /// Most severe first, then by rule.
    public var findings: [SecurityGroupFinding]
    /// 0 to 100 (no exposure); 0 when the input could not be read at all.
    public var score: Int
    public var evaluated: Bool
    public var ruleCount: Int

    public var highestSeverity: RiskSeverity? { findings.map(\.severity).max() }

    public init(findings: [SecurityGroupFinding], score: Int, evaluated: Bool, ruleCount: Int) {
        self.findings = findings
        self.score = score
        self.evaluated = evaluated
        self.ruleCount = ruleCount
    }

    /// The findings of one type.
    public func findings(of type: SecurityGroupFindingType) -> [SecurityGroupFinding] {
        findings.filter { $0.type == type }
    }
}
