/// The profile repository over the Users table.
///
/// Key shapes: `user_id` = the Cognito `sub`, so that every authenticated request finds its profile with one
/// GetItem on the id API Gateway verified, and a profile created twice (a retried sign-up, the first authenticated
/// call of a user whose sign-up was cut short) lands on the same item, which `attribute_not_exists(user_id)` keeps
/// single. The template's `email-index` (the lower-cased email) is there for lookups by address; no request path
/// uses it today: verifying an email finds the user through Cognito (`AdminGetUser` by address), which is where the
/// address is confirmed.
///
/// Every method throws ``StoreError`` for absent profiles and stale versions, ``AWSError`` for table failures.
public protocol UserStore: Sendable {
    /// The profile of `userID`, read consistently; `nil` when there is none yet (not an error).
    func profile(_ userID: String) async throws -> UserProfile?
    /// Stores `profile` unless one exists for its user id.
    /// - Returns: the stored profile (the existing one when there was one) and whether this call created it.
    func createIfAbsent(_ profile: UserProfile) async throws -> (profile: UserProfile, created: Bool)
    /// Applies `changes` when the profile is still at `expectedVersion` (or whatever its version, when `nil`).
    /// - Throws: ``StoreError/Code/notFound``, ``StoreError/Code/versionConflict``.
    func update(_ userID: String, _ changes: ProfileChanges, expectedVersion: Int?) async throws -> UserProfile
    /// Replaces the study goal.
    /// - Throws: ``StoreError/Code/notFound``.
    func setGoals(_ userID: String, _ goals: ProfileGoals) async throws -> UserProfile
    /// Records that the address is confirmed.
    /// - Throws: ``StoreError/Code/notFound``.
    func markEmailVerified(_ userID: String) async throws
    /// Records that `UserSignedUp` went out.
    func markSignupEventPublished(_ userID: String) async throws
}
