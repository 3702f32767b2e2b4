import Logging
import Runtime
import Shared

/// Enrollment: joining and leaving courses within the tier's limit, and the caller's enrolled courses.
extension CourseFunction {
    /// `POST /courses/{id}/enroll`: 201 with the enrollment, also when the caller was enrolled already (so a retry
    /// is harmless with or without an `Idempotency-Key`). 403 when the course needs a higher tier, or when the
    /// caller's tier allows no further active course (the detail names the course to leave).
    func enroll(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        return try await idempotency.run(request, caller: principal.userID, logger: context.logger) {
            let course = try await course(request)
            let tier = try await tier(of: principal)
            guard tier >= course.tier else {
                throw APIError.forbidden(
                    "Course '\(course.id)' is for the \(course.tier.rawValue) tier and up; your account is on the "
                        + "\(tier.rawValue) tier.")
            }
            let limit = policy.limit(for: tier)
            let enrollment: EnrollmentRecord
            do {
                enrollment = try await progress.enroll(user: principal.userID, course: course.id, limit: limit)
                    .enrollment
            } catch let error as StoreError where error.code == .limitReached {
                // Enrollments in courses that were deleted since hold no place: free them and try once more.
                guard try await releaseDeletedCourses(principal.userID) else {
                    throw try await limitError(principal.userID, tier: tier, limit: limit ?? 0)
                }
                do {
                    enrollment = try await progress.enroll(user: principal.userID, course: course.id, limit: limit)
                        .enrollment
                } catch let error as StoreError where error.code == .limitReached {
                    throw try await limitError(principal.userID, tier: tier, limit: limit ?? 0)
                }
            }
            return try .json(CourseAPI.Enrollment(enrollment), status: 201)
        }
    }

    /// `DELETE /courses/{id}/enroll`: 204; 404 when the caller is not enrolled. Works for deleted courses too, so a
    /// learner can always free the place.
    func unenroll(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let id: String = try request.pathParameter("id")
        try await answering { try await progress.unenroll(user: principal.userID, course: id) }
        return .noContent
    }

    /// `GET /courses/enrolled`: a page of the caller's active enrollments with their courses and progress. An
    /// enrollment whose course was deleted is left out.
    func enrolledCourses(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let page = try cursor.page(of: request)
        let enrollments = try await answering {
            try await progress.activeEnrollments(user: principal.userID, limit: page.limit, startKey: page.startKey)
        }
        let items = try await enrollments.items.concurrentMap(limit: Self.enrolledConcurrency) { enrollment in
            try await enrolledCourse(enrollment)
        }
        return try .json(
            CourseAPI.Page(items: items.compactMap { $0 }, nextToken: cursor.token(for: enrollments.nextKey)))
    }

    /// Enrolled courses assembled at once (each reads its course, lessons and the learner's progress in them).
    static let enrolledConcurrency = 8

    private func enrolledCourse(_ enrollment: EnrollmentRecord) async throws -> CourseAPI.EnrolledCourse? {
        guard let course = try await catalog.course(enrollment.courseId) else { return nil }
        let lessons = try await catalog.lessons(course: course.id)
        let statuses = try await courseResolver(user: enrollment.userId, lessons: lessons, course: course.id)
        return CourseAPI.EnrolledCourse(
            course: CourseAPI.Course(course, enrolled: true), enrollment: CourseAPI.Enrollment(enrollment),
            lessonsTotal: lessons.count, lessonsMastered: lessons.filter { statuses.isMastered($0.id) }.count,
            nextLessonId: statuses.nextLesson(in: lessons))
    }

    /// Ends the caller's enrollments in courses that no longer exist; true when it ended any.
    private func releaseDeletedCourses(_ user: String) async throws -> Bool {
        var released = false
        for id in try await activeCourseIDs(user) where try await freshCatalog.course(id) == nil {
            do {
                try await progress.unenroll(user: user, course: id)
                released = true
            } catch let error as StoreError where error.code == .notFound {
                continue
            }
        }
        return released
    }

    private func limitError(_ user: String, tier: Tier, limit: Int) async throws -> APIError {
        let active = try await activeCourseIDs(user).sorted()
        let plural = limit == 1 ? "one course" : "\(limit) courses"
        var detail = "The \(tier.rawValue) tier allows \(plural) at a time"
        if !active.isEmpty { detail += "; you are enrolled in \(active.joined(separator: ", "))" }
        detail += ". Leave a course (DELETE /api/v1/courses/{id}/enroll) or upgrade to enroll in another."
        return APIError.forbidden(detail, extensions: active.first.map { ["activeCourseId": $0] } ?? [:])
    }
}
