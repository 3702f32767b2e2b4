/// What a badge aligns to, for example an exam domain in the official exam guide (Open Badges `Alignment`).
public struct BadgeAlignment: Codable, Sendable, Hashable {
    public var targetName: String
    public var targetUrl: String
    public var targetCode: String?
    public var targetFramework: String?
    public var targetDescription: String?

    public init(
        targetName: String, targetUrl: String, targetCode: String? = nil, targetFramework: String? = nil,
        targetDescription: String? = nil
    ) {
        self.targetName = targetName
        self.targetUrl = targetUrl
        self.targetCode = targetCode
        self.targetFramework = targetFramework
        self.targetDescription = targetDescription
    }
}
