import Logging
import Runtime
import Shared

/// The caller's own profile, goals and stats. The user id is always the verified `sub`; no route takes one from the
/// path or the body.
extension AuthFunction {
    func getProfile(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let profile = try await ensureProfile(principal, context)
        return try .json(AuthAPI.Profile(profile, isAdmin: principal.isAdmin))
    }

    /// `PUT /users/me`: name, timezone and level only; with `version`, 409 when the profile changed since.
    func updateProfile(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let input = try request.decode(AuthRequest.UpdateProfile.self)
        _ = try await ensureProfile(principal, context)
        let updated = try await answering {
            try await users.update(principal.userID, input.changes, expectedVersion: input.version)
        }
        return try .json(AuthAPI.Profile(updated, isAdmin: principal.isAdmin))
    }

    /// `PUT /users/me/goals`: an exam of the catalog that is not retired, an exam day from today (UTC) on, and the
    /// minutes a week.
    func setGoals(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let input = try request.decode(AuthRequest.Goals.self)
        if let examDate = input.examDate, let day = ProfileRules.day(examDate), day < ProfileRules.today(clock.now()) {
            throw APIError.unprocessable([FieldError(field: "examDate", message: "must be today or later")])
        }
        try await checkExam(input.exam, field: "exam")
        _ = try await ensureProfile(principal, context)
        let goals = ProfileGoals(exam: input.exam, examDate: input.examDate, weeklyMinutes: input.weeklyMinutes)
        let updated = try await answering { try await users.setGoals(principal.userID, goals) }
        return try .json(AuthAPI.Goals(updated.goals ?? goals))
    }

    /// `GET /users/me/stats`: lesson counts and study time from the learner's progress totals, enrollments from
    /// their counter, assessments from their results summary, points, level and streaks from Gamification: four
    /// GetItems, read concurrently.
    func stats(_ request: APIRequest) async throws -> APIResponse {
        let user = try request.requirePrincipal().userID
        async let lessons = progress.lessonSummary(user: user)
        async let enrolled = progress.activeEnrollmentCount(user: user)
        async let assessments = activity.assessments(user: user)
        async let gamification = activity.gamification(user: user)
        let summary = try await lessons
        let results = try await assessments
        let totals = try await gamification
        return try .json(
            AuthAPI.Stats(
                lessonsCompleted: summary.lessonsCompleted, lessonsMastered: summary.lessonsMastered,
                coursesEnrolled: try await enrolled, assessmentsTaken: results.taken,
                averageScorePercent: results.averageScorePercent,
                studyMinutes: Int(summary.studyMinutes.rounded(.down)), currentStreakDays: totals.currentStreakDays,
                longestStreakDays: totals.longestStreakDays, points: totals.points, level: totals.level))
    }

    /// The exam exists in the catalog and is not retired (only the shape is checked without a catalog).
    /// - Throws: ``APIError`` 422 naming `field`.
    func checkExam(_ code: String, field: String) async throws {
        guard let catalog else { return }
        guard let exam = try await catalog.exam(code) else {
            throw APIError.unprocessable([FieldError(field: field, message: "is not an exam of the catalog")])
        }
        if exam.status == .retired {
            let successor = exam.successor.map { "; choose \($0)" } ?? ""
            throw APIError.unprocessable([FieldError(field: field, message: "is retired\(successor)")])
        }
    }
}
