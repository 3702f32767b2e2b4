/// One risk the IAM policy analyzer found, with the statement it came from.
public struct PolicyFinding: Codable, Sendable, Hashable {
    public var type: PolicyFindingType
    public var severity: RiskSeverity
    public var message: String
    public var recommendation: String
    /// Zero-based index of the statement the finding came from; `nil` for findings about the whole document.
    public var statementIndex: Int?
    /// The `Sid` of that statement, when it has one.
    public var sid: String?
    /// Every statement that contributed, for findings that combine several (privilege escalation).
    public var relatedStatements: [Int]
    /// The lower-case actions involved, for example `["iam:passrole", "ec2:runinstances"]`.
    public var actions: [String]
    /// For privilege escalation: the identifier of the escalation path, for example `passrole-ec2`.
    public var pathId: String?

    public init(
        type: PolicyFindingType, severity: RiskSeverity, message: String, recommendation: String,
        statementIndex: Int? = nil, sid: String? = nil, relatedStatements: [Int] = [], actions: [String] = [],
        pathId: String? = nil
    ) {
        self.type = type
        self.severity = severity
        self.message = message
        self.recommendation = recommendation
        self.statementIndex = statementIndex
        self.sid = sid
        self.relatedStatements = relatedStatements.isEmpty ? statementIndex.map { [$0] } ?? [] : relatedStatements
        self.actions = actions
        self.pathId = pathId
    }
}
