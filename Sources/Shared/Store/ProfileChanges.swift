/// The profile fields a learner may change themselves (`PUT /users/me`); `nil` leaves a field as it is. Tier,
/// email and admin rights are not among them.
public struct ProfileChanges: Sendable, Hashable {
    public var name: String?
    public var timezone: String?
    public var level: Difficulty?

    public init(name: String? = nil, timezone: String? = nil, level: Difficulty? = nil) {
        self.name = name
        self.timezone = timezone
        self.level = level
    }
}
