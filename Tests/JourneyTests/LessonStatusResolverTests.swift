import Testing

@testable import CourseFn
@testable import Shared

/// Lesson statuses from stored progress and the prerequisite graph.
@Suite("Lesson statuses")
struct LessonStatusResolverTests {
    static func lesson(_ id: String, _ prerequisites: [String] = []) -> LessonRecord {
        LessonRecord(
            id: id, courseId: "c", exam: "CLF-C02", title: id, taskStatement: "1.1", services: [],
            estimatedMinutes: 10, prerequisites: prerequisites, objectives: [], body: nil, position: 0)
    }

    static func progress(
        _ id: String, _ status: LessonProgressRecord.Status, masteredAt: String? = nil
    )
        -> LessonProgressRecord
    {
        LessonProgressRecord(
            userId: "u", lessonId: id, courseId: "c", status: status, masteredAt: masteredAt, updatedAt: "t")
    }

    @Test(arguments: [
        ([], [] as [String], LessonStatus.unlocked),
        (["a"], [], .locked),
        (["a"], ["a"], .unlocked),
        (["a", "b"], ["a"], .locked),
        (["a", "gone"], ["a"], .unlocked),
        (["x"], [], .locked),
    ])
    func statusFollowsMasteredPrerequisites(_ prerequisites: [String], _ mastered: [String], _ expected: LessonStatus) {
        let resolver = LessonStatusResolver(
            progress: mastered.map { Self.progress($0, .mastered) }, existing: ["a", "b", "x", "l"])
        #expect(resolver.status(of: Self.lesson("l", prerequisites)) == expected)
    }

    @Test func progressMakesInProgressOnlyWhenUnlockedAndMasteryIsKept() {
        let resolver = LessonStatusResolver(
            progress: [
                Self.progress("started", .inProgress), Self.progress("blocked", .inProgress),
                Self.progress("done", .inProgress, masteredAt: "2026-01-01T00:00:00.000Z"),
            ], existing: ["started", "blocked", "done", "p"])
        #expect(resolver.status(of: Self.lesson("started")) == .inProgress)
        #expect(resolver.status(of: Self.lesson("blocked", ["p"])) == .locked)
        #expect(resolver.status(of: Self.lesson("done", ["p"])) == .mastered, "a mastered lesson stays mastered")
        #expect(resolver.blockers(of: Self.lesson("blocked", ["p", "p", "blocked"])) == ["p"])
        let course = [Self.lesson("done"), Self.lesson("next", ["done"]), Self.lesson("started")]
        #expect(resolver.nextLesson(in: course) == "started", "a lesson in progress comes before a new one")
    }
}
