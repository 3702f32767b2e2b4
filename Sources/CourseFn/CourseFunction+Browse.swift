import Shared

/// The learner's reads: certifications, the course list, a course, its lessons and one lesson.
extension CourseFunction {
    func certifications() async throws -> APIResponse {
        let exams = try await catalog.exams().sorted { $0.code < $1.code }
        return try .json(CourseAPI.CertificationList(items: exams))
    }

    /// `GET /courses?certification=&level=&service=&limit=&nextToken=`.
    func listCourses(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let filter = try Self.courseFilter(request)
        let page = try cursor.page(of: request)
        async let enrolled = activeCourseIDs(principal.userID)
        let courses = try await answering {
            try await catalog.courses(filter, limit: page.limit, startKey: page.startKey)
        }
        let mine = try await enrolled
        return try .json(
            CourseAPI.Page(
                items: courses.items.map { CourseAPI.Course($0, enrolled: mine.contains($0.id)) },
                nextToken: cursor.token(for: courses.nextKey)))
    }

    /// The filters of the course list.
    /// - Throws: ``APIError`` 400 naming a malformed filter.
    static func courseFilter(_ request: APIRequest) throws -> CourseFilter {
        let certification = try request.queryParameter("certification", as: String.self)
        if let certification, !CatalogIdentifier.isExamCode(certification) {
            throw APIError.badRequest("Query parameter 'certification' must be an exam code such as SAA-C03.")
        }
        let level = try request.queryParameter("level", as: String.self)
        if let level, CertificationLevel(rawValue: level) == nil {
            throw APIError.badRequest(
                "Query parameter 'level' must be one of foundational, associate, professional, specialty.")
        }
        let service = try request.queryParameter("service", as: String.self)?.trimmingWhitespace()
        if let service, service.isEmpty || service.count > 100 {
            throw APIError.badRequest("Query parameter 'service' must be 1 to 100 characters.")
        }
        return CourseFilter(
            certification: certification, level: level.flatMap(CertificationLevel.init), service: service)
    }

    /// The ids of the courses the learner is enrolled in (a learner holds few, so one page is all of them).
    func activeCourseIDs(_ user: String) async throws -> Set<String> {
        var ids: Set<String> = []
        var start: DynamoDBItem?
        repeat {
            let page = try await progress.activeEnrollments(user: user, limit: 100, startKey: start)
            ids.formUnion(page.items.map(\.courseId))
            start = page.nextKey
        } while start != nil
        return ids
    }

    /// `GET /courses/{id}`: the course, its lessons with the caller's status, and the caller's enrollment.
    func getCourse(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let course = try await course(request)
        async let lessons = catalog.lessons(course: course.id)
        async let enrollment = progress.enrollment(user: principal.userID, course: course.id)
        let all = try await lessons
        let statuses = try await courseResolver(user: principal.userID, lessons: all, course: course.id)
        let active = try await enrollment.flatMap { $0.status == .active ? $0 : nil }
        let detail = CourseAPI.CourseDetail(
            course: CourseAPI.Course(course, enrolled: active != nil),
            lessons: all.map { CourseAPI.LessonSummary($0, status: statuses.status(of: $0)) },
            enrollment: active.map(CourseAPI.Enrollment.init))
        return try .json(detail)
    }

    /// `GET /courses/{id}/lessons`: a page of the course's lessons in teaching order, with the caller's status.
    func listLessons(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let course = try await course(request)
        let page = try cursor.page(of: request)
        let lessons = try await answering {
            try await catalog.lessons(course: course.id, limit: page.limit, startKey: page.startKey)
        }
        let all = try await catalog.lessons(course: course.id)
        let statuses = try await courseResolver(user: principal.userID, lessons: all, course: course.id)
        return try .json(
            CourseAPI.Page(
                items: lessons.items.map { CourseAPI.LessonSummary($0, status: statuses.status(of: $0)) },
                nextToken: cursor.token(for: lessons.nextKey)))
    }

    /// `GET /lessons/{id}`: the lesson with its body, unless it is locked for the caller (403 naming the lesson to
    /// master first in the `lessonId` member) or its course needs a higher tier (403). Administrators read any lesson.
    func getLesson(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let id: String = try request.pathParameter("id")
        guard let lesson = try await catalog.lesson(id), let course = try await catalog.course(lesson.courseId) else {
            throw APIError.notFound("No lesson has id '\(id)'.")
        }
        let statuses = try await resolver(user: principal.userID, lessons: [lesson])
        let status = statuses.status(of: lesson)
        if !principal.isAdmin {
            let tier = try await tier(of: principal)
            guard tier >= course.tier else {
                throw APIError.forbidden(
                    "Lesson '\(id)' belongs to '\(course.title)', a \(course.tier.rawValue) course; your account is "
                        + "on the \(tier.rawValue) tier.")
            }
            if status == .locked, let first = statuses.blockers(of: lesson).first {
                let titles = try await catalog.lessons(ids: [first]).first?.title
                let name = titles.map { "'\($0)' (\(first))" } ?? "'\(first)'"
                throw APIError.forbidden(
                    "Lesson '\(id)' is locked: master \(name) first.", extensions: ["lessonId": first])
            }
        }
        return try .json(CourseAPI.Lesson(lesson, status: status))
    }
}
