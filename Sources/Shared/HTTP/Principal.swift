/// The authenticated caller, read from the authorizer's verified JWT claims. Functions authorize with this and never
/// with a user id from the path or body.
public struct Principal: Sendable, Equatable {
    /// The Cognito `sub`: the user id everywhere in CloudMentor.
    public var userID: String
    public var email: String?
    public var groups: [String]
    public var username: String?

    public init(userID: String, email: String? = nil, groups: [String] = [], username: String? = nil) {
        self.userID = userID
        self.email = email
        self.groups = groups
        self.username = username
    }

    public var isAdmin: Bool { groups.contains("admin") }

    /// The principal the claims describe, or `nil` without a `sub`.
    public init?(claims: [String: ClaimValue]) {
        guard let sub = claims["sub"]?.text, !sub.isEmpty else { return nil }
        self.init(
            userID: sub, email: claims["email"]?.text, groups: claims["cognito:groups"]?.values ?? [],
            username: claims["cognito:username"]?.text ?? claims["username"]?.text)
    }
}
