/// One exposure the security-group analyzer found, with the rule it came from.
public struct SecurityGroupFinding: Codable, Sendable, Hashable {
    public var type: SecurityGroupFindingType
    public var severity: RiskSeverity
    public var message: String
    public var recommendation: String
    /// Zero-based index of the rule; `nil` for findings about the whole input.
    public var ruleIndex: Int?
    /// The flagged ports inside the rule's range, ascending; empty for all-traffic and malformed findings.
    public var ports: [Int]
    /// The internet-facing sources, for example `["0.0.0.0/0", "::/0"]`.
    public var sources: [String]

    public init(
        type: SecurityGroupFindingType, severity: RiskSeverity, message: String, recommendation: String,
        ruleIndex: Int? = nil, ports: [Int] = [], sources: [String] = []
    ) {
        self.type = type
        self.severity = severity
        self.message = message
        self.recommendation = recommendation
        self.ruleIndex = ruleIndex
        self.ports = ports
        self.sources = sources
    }
}
