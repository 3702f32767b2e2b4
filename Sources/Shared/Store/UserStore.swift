/// The profile repository over the Users table.
///
/// Key shapes: `user_id` = the Cognito `sub`, so that every authenticated request finds its profile with one
/// GetItem on the id API Gateway verified, and a profile created twice (a retried sign-up, the first authenticated
/// call of a user whose sign-up was cut short) lands on the same item, which `attribute_not_exists(user_id)` keeps
/// single. `email-index` (the lower-cased email) serves the one lookup by address: confirming an email, where only
/// the address is known.
///
/// Every method throws ``StoreError`` for absent profiles and stale versions, ``AWSError`` for table failures.
public protocol UserStore: Sendable {
    func profile(_ userID: String) async throws -> UserProfile?
    func profile(email: String) async throws -> UserProfile?
    /// Stores `profile` unless one exists for its user id.
    /// - Returns: the stored profile (the existing one when there was one) and whether this call created it.
    func createIfAbsent(_ profile: UserProfile) async throws -> (profile: UserProfile, created: Bool)
    /// Applies `changes` when the profile is still at `expectedVersion` (or whatever its version, when `nil`).
    /// - Throws: ``StoreError/Code/notFound``, ``StoreError/Code/versionConflict``.
    func update(_ userID: String, _ changes: ProfileChanges, expectedVersion: Int?) async throws -> UserProfile
    /// Replaces the study goal.
    /// - Throws: ``StoreError/Code/notFound``.
    func setGoals(_ userID: String, _ goals: ProfileGoals) async throws -> UserProfile
    /// Replaces the notification preferences.
    /// - Throws: ``StoreError/Code/notFound``.
    func setPreferences(_ userID: String, _ preferences: ProfilePreferences) async throws -> UserProfile
    /// Records that the address is confirmed.
    /// - Throws: ``StoreError/Code/notFound``.
    func markEmailVerified(_ userID: String) async throws
    /// Records that `UserSignedUp` went out.
    func markSignupEventPublished(_ userID: String) async throws
}
