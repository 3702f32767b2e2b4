import Shared

/// The JSON bodies AuthFn answers with, shaped as `openapi.yaml`'s schemas of the same names.
enum AuthAPI {
    /// `SignUpResponse`.
    struct SignUpResponse: Codable, Sendable {
        var userId: String
        var email: String
        var emailVerified: Bool
    }

    /// `Tokens`.
    struct Tokens: Encodable, Sendable {
        var accessToken: String
        var idToken: String
        var refreshToken: String?
        var expiresIn: Int
        var tokenType = "Bearer"
    }

    /// `Accepted`.
    struct Accepted: Encodable, Sendable {
        var status = "accepted"
        var message: String
    }

    /// `EmailVerification`.
    struct EmailVerification: Encodable, Sendable {
        var email: String
        var emailVerified: Bool
    }

    /// `Goals`.
    struct Goals: Encodable, Sendable {
        var exam: String
        var examDate: String?
        var weeklyMinutes: Int

        init(_ goals: ProfileGoals) {
            exam = goals.exam
            examDate = goals.examDate
            weeklyMinutes = goals.weeklyMinutes
        }
    }

    /// `UserProfile`.
    struct Profile: Encodable, Sendable {
        var userId: String
        var email: String
        var emailVerified: Bool
        var name: String
        var tier: Tier
        var level: Difficulty
        var timezone: String
        var isAdmin: Bool
        var goals: Goals?
        var preferences: ProfilePreferences?
        var createdAt: String
        var updatedAt: String
        var version: Int

        init(_ profile: UserProfile, isAdmin: Bool) {
            userId = profile.userId
            email = profile.email
            emailVerified = profile.emailVerified
            name = profile.name
            tier = profile.tier
            level = profile.level
            timezone = profile.timezone
            self.isAdmin = isAdmin
            goals = profile.goals.map(Goals.init)
            preferences = profile.preferences
            createdAt = profile.createdAt
            updatedAt = profile.updatedAt
            version = profile.version
        }
    }

    /// `UserStats`.
    struct Stats: Encodable, Sendable {
        var lessonsCompleted: Int
        var lessonsMastered: Int
        var coursesEnrolled: Int
        var assessmentsTaken: Int
        var averageScorePercent: Double?
        var studyMinutes: Int
        var currentStreakDays: Int
        var longestStreakDays: Int
        var points: Int
        var level: Int
    }
}
