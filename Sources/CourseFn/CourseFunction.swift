import Logging
import Runtime
import Shared

/// CourseFn: the catalog for learners (certifications, courses, lessons with each learner's status), enrollment
/// within the tier limits, and the administrators' catalog writes. Every route of DESIGN.md §3 for CourseFn, shaped
/// as `openapi.yaml` says.
struct CourseFunction: Sendable {
    /// Catalog reads for learners (cached in the warm container) and the writes (which empty that cache).
    var catalog: any CatalogStore
    /// Uncached catalog reads, for the checks before an administrator's write.
    var freshCatalog: any CatalogStore
    var users: any UserStore
    var progress: any ProgressStore
    var idempotency: IdempotencyGuard
    var cursor: PageCursor
    var policy: EnrollmentPolicy = .standard

    /// Registers every CourseFn route; `courses/enrolled` before `courses/{id}`, which would otherwise match it.
    func register(on router: inout Router) {
        router.get("/api/v1/certifications", access: .public) { _, _ in try await certifications() }
        router.get("/api/v1/courses") { request, _ in try await listCourses(request) }
        router.post("/api/v1/courses", access: .admin) { request, context in
            try await createCourse(request, context)
        }
        router.get("/api/v1/courses/enrolled") { request, _ in try await enrolledCourses(request) }
        router.get("/api/v1/courses/{id}") { request, _ in try await getCourse(request) }
        router.put("/api/v1/courses/{id}", access: .admin) { request, _ in try await updateCourse(request) }
        router.delete("/api/v1/courses/{id}", access: .admin) { request, _ in try await deleteCourse(request) }
        router.post("/api/v1/courses/{id}/enroll") { request, context in try await enroll(request, context) }
        router.delete("/api/v1/courses/{id}/enroll") { request, _ in try await unenroll(request) }
        router.get("/api/v1/courses/{id}/lessons") { request, _ in try await listLessons(request) }
        router.post("/api/v1/courses/{id}/lessons", access: .admin) { request, context in
            try await createLesson(request, context)
        }
        router.get("/api/v1/lessons/{id}") { request, _ in try await getLesson(request) }
        router.put("/api/v1/lessons/{id}", access: .admin) { request, _ in try await updateLesson(request) }
        router.delete("/api/v1/lessons/{id}", access: .admin) { request, _ in try await deleteLesson(request) }
    }

    /// The caller's tier; a learner without a profile yet (AuthFn creates it on their first call) is on the free tier.
    func tier(of principal: Principal) async throws -> Tier {
        try await users.profile(principal.userID)?.tier ?? .free
    }

    /// The course with the path's `id`.
    /// - Throws: ``APIError`` 404 when there is none.
    func course(_ request: APIRequest, from store: (any CatalogStore)? = nil) async throws -> CourseRecord {
        let id: String = try request.pathParameter("id")
        guard let course = try await (store ?? catalog).course(id) else {
            throw APIError.notFound("No course has id '\(id)'.")
        }
        return course
    }
}
