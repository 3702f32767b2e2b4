import Shared

/// What other functions record about a learner and `GET /users/me/stats` adds up: submitted assessments
/// (AssessmentFn) and points, level and streak (GamificationFn).
protocol LearnerActivitySource: Sendable {
    /// Submitted assessments and their mean score in percent (`nil` without any).
    func assessments(user: String) async throws -> (taken: Int, averageScorePercent: Double?)
    /// The learner's gamification totals; zeros (level 1) before their first points.
    func gamification(user: String) async throws -> GamificationTotals
}

/// Points, level and streaks, as the stats show them.
struct GamificationTotals: Sendable, Equatable {
    var points = 0
    var level = 1
    var currentStreakDays = 0
    var longestStreakDays = 0
}

/// ``LearnerActivitySource`` over the AssessmentResults and Gamification tables (read-only), one GetItem each
/// whatever the learner's history.
///
/// Attributes read: on the learner's summary item in AssessmentResults (`result_id` = `SUMMARY#<user id>`, which
/// AssessmentFn moves with atomic `ADD` as it records each submission), `assessments_taken` and
/// `score_percent_total`; on the Gamification item of `user_id`, `total_points` (the all-time index's key), `level`,
/// `current_streak_days` and `longest_streak_days`. Missing items and attributes count as zero.
struct DynamoDBLearnerActivity: LearnerActivitySource {
    var client: DynamoDBClient
    var resultsTable: String
    var gamificationTable: String

    /// The `result_id` of a learner's summary item in AssessmentResults.
    static func summaryID(user: String) -> String { "SUMMARY#" + user }

    func assessments(user: String) async throws -> (taken: Int, averageScorePercent: Double?) {
        let item = try await client.getItem(
            GetItemInput(tableName: resultsTable, key: ["result_id": .s(Self.summaryID(user: user))])
        ).item
        let taken = max(item?["assessments_taken"]?.numberText.flatMap { Double($0) } ?? 0, 0)
        let total = item?["score_percent_total"]?.numberText.flatMap { Double($0) } ?? 0
        guard taken >= 1 else { return (0, nil) }
        return (Int(taken), min(100, max(0, total / taken)))
    }

    func gamification(user: String) async throws -> GamificationTotals {
        let item = try await client.getItem(GetItemInput(tableName: gamificationTable, key: ["user_id": .s(user)])).item
        func number(_ name: String) -> Int? {
            item?[name]?.numberText.flatMap { Double($0) }.map { Int($0.rounded(.down)) }
        }
        return GamificationTotals(
            points: max(number("total_points") ?? 0, 0), level: max(number("level") ?? 1, 1),
            currentStreakDays: max(number("current_streak_days") ?? 0, 0),
            longestStreakDays: max(number("longest_streak_days") ?? 0, 0))
    }
}
