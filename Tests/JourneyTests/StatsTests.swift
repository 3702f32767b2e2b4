import Foundation
import TestSupport
import Testing

@testable import AuthFn
@testable import Shared

/// `GET /users/me/stats` from totals kept as the learner studies, not from a read of everything they ever did.
@Suite("Learner stats", .enabled(if: MotoServer.isInstalled, "moto_server is not installed"))
struct StatsTests {
    func progress(
        _ user: String, _ lesson: String, _ status: LessonProgressRecord.Status, minutes: Double,
        completed: Bool = false
    ) -> LessonProgressRecord {
        LessonProgressRecord(
            userId: user, lessonId: lesson, courseId: "clf-d1-cloud-concepts", status: status,
            contentCompleted: completed, minutesSpent: minutes,
            masteredAt: status == .mastered ? StoreTime.text(Date()) : nil, updatedAt: StoreTime.text(Date()))
    }

    @Test func statsAddUpTheTotalsEveryProgressWriteMoves() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let me = try await stack.learner()
        let store = stack.progressStore
        try await store.saveLessonProgress(progress(me.userID, "clf-cloud-benefits", .inProgress, minutes: 10))
        try await store.saveLessonProgress(
            progress(me.userID, "clf-well-architected-framework", .inProgress, minutes: 5, completed: true))
        try await store.saveLessonProgress(
            progress(me.userID, "clf-cloud-benefits", .mastered, minutes: 30.5, completed: true))
        try await store.saveLessonProgress(
            progress(me.userID, "clf-cloud-benefits", .mastered, minutes: 30.5, completed: true))
        #expect(
            try await store.lessonSummary(user: me.userID)
                == LessonProgressSummary(lessonsCompleted: 2, lessonsMastered: 1, studyMinutes: 35.5),
            "each write moves the totals by its difference to the item it replaces")

        let summary: DynamoDBItem = [
            "result_id": .s(DynamoDBLearnerActivity.summaryID(user: me.userID)), "assessments_taken": 4,
            "score_percent_total": 302,
        ]
        _ = try await stack.dynamo.putItem(PutItemInput(tableName: stack.resultsTable, item: summary))

        let stats = try await auth.send("GET", "/api/v1/users/me/stats", as: me)
        #expect(stats.status == 200)
        #expect(stats["lessonsCompleted"] as? Int == 2)
        #expect(stats["lessonsMastered"] as? Int == 1)
        #expect(stats["studyMinutes"] as? Int == 35)
        #expect(stats["assessmentsTaken"] as? Int == 4)
        #expect(stats["averageScorePercent"] as? Double == 75.5)
    }

    @Test func aNewLearnersStatsAreZeros() async throws {
        let stack = try await JourneyStack.shared()
        let auth = JourneyClient(stack.authFunction().register)
        let stats = try await auth.send("GET", "/api/v1/users/me/stats", as: try await stack.learner())
        #expect(stats.status == 200)
        for field in ["lessonsCompleted", "lessonsMastered", "studyMinutes", "assessmentsTaken", "coursesEnrolled"] {
            #expect(stats[field] as? Int == 0, "\(field)")
        }
        #expect(stats["averageScorePercent"] == nil)
        #expect(stats["level"] as? Int == 1)
    }
}
