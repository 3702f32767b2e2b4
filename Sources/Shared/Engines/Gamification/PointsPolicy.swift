/// The numbers behind points: what learning is worth, the daily cap and the cheat guard.
///
/// Defaults follow the research notes: points for learning value rather than clicks, a daily cap, and
/// Moodle Level Up's cheat-guard defaults (at most 10 scoring events per 60 s, at least 180 s between
/// identical events).
public struct PointsPolicy: Codable, Sendable, Hashable {
    /// Points per whole unit of mastery gained (0.4 → 0.7 earns 0.3 × this).
    public var pointsPerMastery: Double = 100
    /// Extra points the first time a lesson's mastery crosses `masteredThreshold`.
    public var masteredBonus: Int = 20
    /// Mastery probability at which a lesson counts as mastered.
    public var masteredThreshold: Double = 0.95
    /// A review done between its due time and `reviewGraceSeconds` later.
    public var onTimeReview: Int = 10
    /// A review done after the grace period still helps memory, less than one on time.
    public var lateReview: Int = 4
    /// A review done before it was due: spacing was cut short, so it is worth little.
    public var earlyReview: Int = 1
    /// How long after its due time a review still counts as on time.
    public var reviewGraceSeconds: Double = 86_400
    /// The first mock exam of an exam.
    public var firstMockExam: Int = 30
    /// Points per scaled-score point above the previous best mock.
    public var pointsPerMockImprovement: Double = 0.5
    /// Cap on the points one mock-exam improvement can earn.
    public var maximumMockImprovementPoints: Int = 100
    /// Scenario scores below this earn nothing; above it, half of the excess (at most 25 for 100).
    public var scenarioThreshold: Int = 50
    /// Completing a lesson: some value, kept small so that clicking through lessons does not pay.
    public var lessonCompleted: Int = 5
    /// A correct practice answer; wrong answers earn nothing (their value shows up as mastery later).
    public var correctAnswer: Int = 1
    /// Most points one local day can pay.
    public var dailyCap: Int = 300
    /// The burst guard's window.
    public var burstWindowSeconds: Double = 60
    /// Scoring events allowed per burst window.
    public var burstLimit: Int = 10
    /// Minimum time between two scoring events of the same type and subject.
    public var repeatIntervalSeconds: Double = 180
    /// How many processed event ids to remember for duplicate detection.
    public var rememberedEventIds: Int = 500

    public init() {}
}
