/// A learner's profile as the Users table holds it (key shapes in ``UserStore``).
public struct UserProfile: Codable, Sendable, Hashable {
    /// The Cognito `sub`.
    public var userId: String
    /// Lower case, as `email-index` is queried.
    public var email: String
    public var emailVerified: Bool
    public var name: String
    public var tier: Tier
    public var level: Difficulty
    /// An IANA zone name such as `Europe/Berlin`.
    public var timezone: String
    public var goals: ProfileGoals?
    public var preferences: ProfilePreferences?
    public var createdAt: String
    public var updatedAt: String
    /// Optimistic-concurrency version: 1 on creation, +1 on every change.
    public var version: Int
    /// Whether `UserSignedUp` has been published for this user; until it is, the next authenticated call publishes
    /// it again (with the same event id, so consumers see it once).
    public var signupEventPublished: Bool?

    public init(
        userId: String, email: String, emailVerified: Bool = false, name: String, tier: Tier = .free,
        level: Difficulty = .beginner, timezone: String = "UTC", goals: ProfileGoals? = nil,
        preferences: ProfilePreferences? = nil, createdAt: String, updatedAt: String, version: Int = 1,
        signupEventPublished: Bool? = nil
    ) {
        self.userId = userId
        self.email = email
        self.emailVerified = emailVerified
        self.name = name
        self.tier = tier
        self.level = level
        self.timezone = timezone
        self.goals = goals
        self.preferences = preferences
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.version = version
        self.signupEventPublished = signupEventPublished
    }
}
