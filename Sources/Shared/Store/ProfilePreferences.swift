/// Notification preferences as stored on the profile (`PUT /notifications/preferences` writes them; `GET /users/me`
/// shows them). Absent fields mean the default.
public struct ProfilePreferences: Codable, Sendable, Hashable {
    /// A local-time window without email or push, `HH:mm` to `HH:mm`.
    public struct QuietHours: Codable, Sendable, Hashable {
        public var start: String
        public var end: String

        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }
    }

    public var email: Bool?
    public var push: Bool?
    public var reviewReminders: Bool?
    public var streakReminders: Bool?
    public var inactivityReminders: Bool?
    public var weeklySummary: Bool?
    public var groupActivity: Bool?
    public var achievements: Bool?
    public var quietHours: QuietHours?

    public init(
        email: Bool? = nil, push: Bool? = nil, reviewReminders: Bool? = nil, streakReminders: Bool? = nil,
        inactivityReminders: Bool? = nil, weeklySummary: Bool? = nil, groupActivity: Bool? = nil,
        achievements: Bool? = nil, quietHours: QuietHours? = nil
    ) {
        self.email = email
        self.push = push
        self.reviewReminders = reviewReminders
        self.streakReminders = streakReminders
        self.inactivityReminders = inactivityReminders
        self.weeklySummary = weeklySummary
        self.groupActivity = groupActivity
        self.achievements = achievements
        self.quietHours = quietHours
    }
}
