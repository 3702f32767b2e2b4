import Shared

extension CourseFunction {
    /// The status resolver for `user` over `lessons` (one course's lessons, or any set): reads the learner's progress
    /// on the lessons and on their prerequisites, and which of those prerequisites still exist.
    ///
    /// - Parameter courseProgress: the learner's progress on `lessons` when the caller has it already (one Query on
    ///   `course-progress-index`); otherwise it is read by lesson id.
    func resolver(
        user: String, lessons: [LessonRecord], courseProgress: [LessonProgressRecord]? = nil
    ) async throws -> LessonStatusResolver {
        let ids = Set(lessons.map(\.id))
        let outside = Array(Set(lessons.flatMap(\.prerequisites)).subtracting(ids)).sorted()
        let wanted = courseProgress == nil ? Array(ids) + outside : outside
        async let found = catalog.lessons(ids: outside)
        async let extra = progress.lessonProgress(user: user, lessons: wanted)
        let known = try await found
        let records = (courseProgress ?? []) + (try await extra)
        return LessonStatusResolver(progress: records, existing: ids.union(known.map(\.id)))
    }

    /// The resolver for one course's lessons, with the learner's progress in it read in one Query.
    func courseResolver(user: String, lessons: [LessonRecord], course: String) async throws -> LessonStatusResolver {
        let courseProgress = try await progress.lessonProgress(user: user, course: course)
        return try await resolver(user: user, lessons: lessons, courseProgress: courseProgress)
    }
}
