import Shared

/// How many courses a learner may study at once, by tier: free learners one, premium and enterprise learners any
/// number. A learner who downgrades keeps their enrollments but cannot add one until they are under the limit.
struct EnrollmentPolicy: Sendable {
    var limits: [Tier: Int]

    static let standard = EnrollmentPolicy(limits: [.free: 1])

    /// The most active enrollments `tier` allows; `nil` for no limit.
    func limit(for tier: Tier) -> Int? { limits[tier] }
}
