/// The `detail` of the `UserSignedUp` event AuthFn publishes (`source: cloudmentor.auth`) when an account is created.
///
/// `eventId` is derived from the user id, so the event may be published more than once (a retried sign-up, a
/// publication repeated after a failure) and consumers, idempotent on `eventId`, act on it once.
public struct UserSignedUp: Codable, Sendable, Hashable {
    public static let detailType = "UserSignedUp"

    public var eventId: String
    public var userId: String
    public var email: String
    public var name: String
    public var timezone: String
    /// The exam the learner named at sign-up, if any.
    public var targetExam: String?
    /// ISO 8601, when the profile was created.
    public var occurredAt: String

    public init(
        userId: String, email: String, name: String, timezone: String, targetExam: String? = nil, occurredAt: String
    ) {
        self.eventId = "user-signed-up-" + userId
        self.userId = userId
        self.email = email
        self.name = name
        self.timezone = timezone
        self.targetExam = targetExam
        self.occurredAt = occurredAt
    }
}
