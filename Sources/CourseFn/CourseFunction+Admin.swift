import Logging
import Runtime
import Shared

/// The administrators' catalog writes. Every write is validated in full before it touches the table, and then made
/// conditionally (a free id on create, the version read on update), so a stale or racing write answers 409 and bad
/// input never leaves a partial change.
extension CourseFunction {
    func createCourse(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        return try await idempotency.run(request, caller: principal.userID, logger: context.logger) {
            let input = try request.decode(CourseInput.self)
            try await checkPlacement(exam: input.exam, domain: input.domain)
            let created = try await answering { try await catalog.createCourse(input.record()) }
            return try .json(
                CourseAPI.Course(created, enrolled: false), status: 201,
                headers: ["Location": "/api/v1/courses/\(created.id)"])
        }
    }

    func updateCourse(_ request: APIRequest) async throws -> APIResponse {
        let existing = try await course(request, from: freshCatalog)
        let input = try request.decode(CourseInput.self)
        let version = try requireVersion(input.version, id: input.id, path: existing.id)
        try await checkPlacement(exam: input.exam, domain: input.domain)
        let moved = input.exam != existing.exam ? "exam" : "domain"
        let placementLocked = APIError.unprocessable([
            FieldError(field: moved, message: "cannot change while the course has lessons; delete or move them first")
        ])
        if existing.lessonCount > 0, input.exam != existing.exam || input.domain != existing.domain {
            throw placementLocked
        }
        var record = input.record()
        record.lessonCount = existing.lessonCount
        record.estimatedMinutes = existing.estimatedMinutes
        record.origin = existing.origin
        record.contentVersion = existing.contentVersion
        do {
            // The store checks the lesson rule again in its condition: a lesson may have been added since the read.
            let updated = try await catalog.updateCourse(record, expectedVersion: version)
            return try .json(CourseAPI.Course(updated, enrolled: nil))
        } catch let error as StoreError where error.code == .invalidReference {
            throw placementLocked
        } catch let error as StoreError {
            throw error.apiError
        }
    }

    func deleteCourse(_ request: APIRequest) async throws -> APIResponse {
        let id: String = try request.pathParameter("id")
        try await answering { try await catalog.deleteCourse(id) }
        return .noContent
    }

    func createLesson(_ request: APIRequest, _ context: LambdaContext) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        return try await idempotency.run(request, caller: principal.userID, logger: context.logger) {
            let course = try await course(request, from: freshCatalog)
            let input = try request.decode(LessonInput.self)
            try await checkLesson(input, in: course)
            let created = try await answering { try await catalog.createLesson(input.record(course: course)) }
            let statuses = try await resolver(user: principal.userID, lessons: [created])
            return try .json(
                CourseAPI.Lesson(created, status: statuses.status(of: created)), status: 201,
                headers: ["Location": "/api/v1/lessons/\(created.id)"])
        }
    }

    func updateLesson(_ request: APIRequest) async throws -> APIResponse {
        let principal = try request.requirePrincipal()
        let id: String = try request.pathParameter("id")
        guard let existing = try await freshCatalog.lesson(id) else {
            throw APIError.notFound("No lesson has id '\(id)'.")
        }
        let input = try request.decode(LessonInput.self)
        let version = try requireVersion(input.version, id: input.id, path: id)
        guard let course = try await freshCatalog.course(existing.courseId) else {
            throw APIError.notFound("Lesson '\(id)' belongs to course '\(existing.courseId)', which no longer exists.")
        }
        try await checkLesson(input, in: course)
        var record = input.record(course: course)
        record.assessmentId = existing.assessmentId
        let updated = try await answering { try await catalog.updateLesson(record, expectedVersion: version) }
        let statuses = try await resolver(user: principal.userID, lessons: [updated])
        return try .json(CourseAPI.Lesson(updated, status: statuses.status(of: updated)))
    }

    func deleteLesson(_ request: APIRequest) async throws -> APIResponse {
        let id: String = try request.pathParameter("id")
        try await answering { try await catalog.deleteLesson(id) }
        return .noContent
    }

    /// The `version` an update must carry, and the body's `id` equal to the path's.
    /// - Throws: ``APIError`` 422 naming the field.
    private func requireVersion(_ version: Int?, id: String, path: String) throws -> Int {
        var errors: [FieldError] = []
        if id != path { errors.append(FieldError(field: "id", message: "must equal the id in the path ('\(path)')")) }
        if version == nil {
            errors.append(FieldError(field: "version", message: "is required on update: send the version you read"))
        }
        guard errors.isEmpty, let version else { throw APIError.unprocessable(errors) }
        return version
    }

    /// The exam exists in the catalog and has the domain.
    /// - Throws: ``APIError`` 422.
    private func checkPlacement(exam: String, domain: Int) async throws {
        guard let blueprint = try await freshCatalog.exam(exam) else {
            throw APIError.unprocessable([FieldError(field: "exam", message: "is not an exam of the catalog")])
        }
        guard blueprint.domain(domain) != nil else {
            throw APIError.unprocessable([
                FieldError(field: "domain", message: "is not a domain of \(exam) (1–\(blueprint.domains.count))")
            ])
        }
    }

    /// The lesson's task statement is one of its course's domain, and its prerequisites are lessons of the same exam
    /// that do not depend on it.
    /// - Throws: ``APIError`` 422 naming the field.
    private func checkLesson(_ input: LessonInput, in course: CourseRecord) async throws {
        var errors: [FieldError] = []
        let statements = try await freshCatalog.exam(course.exam)?.domain(course.domain)?.taskStatements.map(\.id)
        if let statements, !statements.contains(input.taskStatement) {
            errors.append(
                FieldError(
                    field: "taskStatement",
                    message: "must be a task statement of \(course.exam) domain \(course.domain): "
                        + statements.joined(separator: ", ")))
        }
        let found = try await freshCatalog.lessons(ids: input.prerequisites)
        let missing = Set(input.prerequisites).subtracting(found.map(\.id)).sorted()
        if !missing.isEmpty {
            errors.append(
                FieldError(
                    field: "prerequisites",
                    message: "names lessons that do not exist: \(missing.joined(separator: ", "))"))
        }
        let foreign = found.filter { $0.exam != course.exam }.map(\.id).sorted()
        if !foreign.isEmpty {
            errors.append(
                FieldError(
                    field: "prerequisites",
                    message: "names lessons of another exam: \(foreign.joined(separator: ", "))"))
        }
        if errors.isEmpty, try await dependsOn(found, lesson: input.id) {
            errors.append(
                FieldError(
                    field: "prerequisites", message: "would form a cycle: a prerequisite depends on '\(input.id)'"))
        }
        if !errors.isEmpty { throw APIError.unprocessable(errors) }
    }

    /// Whether any of `lessons`, or their prerequisites transitively, has `lesson` as a prerequisite: one BatchGet per
    /// level of the graph.
    private func dependsOn(_ lessons: [LessonRecord], lesson: String) async throws -> Bool {
        var seen = Set(lessons.map(\.id))
        var frontier = lessons
        while !frontier.isEmpty {
            let next = Set(frontier.flatMap(\.prerequisites))
            if next.contains(lesson) { return true }
            let unseen = next.subtracting(seen)
            seen.formUnion(unseen)
            frontier = unseen.isEmpty ? [] : try await freshCatalog.lessons(ids: Array(unseen))
        }
        return false
    }
}
