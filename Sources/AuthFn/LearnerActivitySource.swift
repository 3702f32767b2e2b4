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

/// ``LearnerActivitySource`` over the AssessmentResults and Gamification tables (read-only).
///
/// Attributes read: on `user-results-index` (whose items are exactly the submitted results, as only they carry
/// `completed_at`), `score_percent`; on the Gamification item of `user_id`, `total_points` (the all-time index's
/// key), `level`, `current_streak_days` and `longest_streak_days`. Missing attributes count as zero.
struct DynamoDBLearnerActivity: LearnerActivitySource {
    var client: DynamoDBClient
    var resultsTable: String
    var gamificationTable: String

    func assessments(user: String) async throws -> (taken: Int, averageScorePercent: Double?) {
        var expression = DynamoDBExpression()
        let key = DynamoDBCondition.equals("user_id", .s(user)).render(into: &expression)
        let projection = expression.projection(["score_percent"])
        let items = try await client.query(
            QueryInput(
                tableName: resultsTable, indexName: "user-results-index", keyConditionExpression: key,
                projectionExpression: projection, expressionAttributeNames: expression.namesOrNil,
                expressionAttributeValues: expression.valuesOrNil)
        ).collect()
        let scores = items.compactMap { $0["score_percent"]?.numberText.flatMap(Double.init) }
        let average = scores.isEmpty ? nil : min(100, max(0, scores.reduce(0, +) / Double(scores.count)))
        return (items.count, average)
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
