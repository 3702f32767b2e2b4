import Synchronization

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A ``CatalogStore`` that keeps catalog reads in the warm container for `ttl`, so that browsing costs DynamoDB one
/// read per item per container per `ttl` instead of one per request.
///
/// Writes go straight through and empty this container's cache; other warm containers see an administrator's
/// change within `ttl` at the latest, which is why the TTL is short (30 seconds by default). Failed reads are not
/// cached.
public final class CachedCatalogStore: CatalogStore {
    public let base: any CatalogStore
    public let ttl: Double
    private let clock: any AWSClock
    private let entries = Mutex<[String: Entry]>([:])
    /// Past this many entries the expired ones are dropped, and everything if that is not enough.
    private let capacity: Int

    private struct Entry: Sendable {
        var value: any Sendable
        var expires: Date
    }

    /// - Parameters:
    ///   - ttl: seconds an entry is served before it is read again.
    ///   - clock: when entries expire; tests pass a clock they move.
    public init(
        _ base: any CatalogStore, ttl: Double = 30, clock: any AWSClock = SystemAWSClock(), capacity: Int = 2000
    ) {
        self.base = base
        self.ttl = ttl
        self.clock = clock
        self.capacity = capacity
    }

    /// Drops every entry (after a write, and in tests).
    public func invalidate() {
        entries.withLock { $0.removeAll() }
    }

    private func cached<T: Sendable>(_ key: String, _ load: () async throws -> T) async throws -> T {
        let now = clock.now()
        if let hit = entries.withLock({ $0[key] }), hit.expires > now, let value = hit.value as? T { return value }
        let value = try await load()
        let expires = now.addingTimeInterval(ttl)
        entries.withLock { entries in
            if entries.count >= capacity {
                entries = entries.filter { $0.value.expires > now }
                if entries.count >= capacity { entries.removeAll() }
            }
            entries[key] = Entry(value: value, expires: expires)
        }
        return value
    }

    public func exams() async throws -> [ExamBlueprint] {
        try await cached("exams") { try await base.exams() }
    }

    public func exam(_ code: String) async throws -> ExamBlueprint? {
        try await cached("exam:" + code) { try await base.exam(code) }
    }

    public func course(_ id: String) async throws -> CourseRecord? {
        try await cached("course:" + id) { try await base.course(id) }
    }

    public func courses(
        _ filter: CourseFilter, limit: Int, startKey: DynamoDBItem?
    ) async throws -> StorePage<CourseRecord> {
        let start = startKey.map { key in key.keys.sorted().map { "\($0)=\(key[$0]?.stringValue ?? "")" } } ?? []
        let key =
            "courses:\(filter.certification ?? "")|\(filter.level?.rawValue ?? "")|\(filter.service ?? "")|\(limit)|"
            + start.joined(separator: "&")
        return try await cached(key) { try await base.courses(filter, limit: limit, startKey: startKey) }
    }

    public func lessons(course: String) async throws -> [LessonRecord] {
        try await cached("lessons:" + course) { try await base.lessons(course: course) }
    }

    public func lesson(_ id: String) async throws -> LessonRecord? {
        try await cached("lesson:" + id) { try await base.lesson(id) }
    }

    public func lessons(ids: [String]) async throws -> [LessonRecord] {
        let key = "lesson-set:" + Set(ids).sorted().joined(separator: ",")
        return try await cached(key) { try await base.lessons(ids: ids) }
    }

    public func createCourse(_ course: CourseRecord) async throws -> CourseRecord {
        defer { invalidate() }
        return try await base.createCourse(course)
    }

    public func updateCourse(_ course: CourseRecord, expectedVersion: Int) async throws -> CourseRecord {
        defer { invalidate() }
        return try await base.updateCourse(course, expectedVersion: expectedVersion)
    }

    public func deleteCourse(_ id: String) async throws {
        defer { invalidate() }
        try await base.deleteCourse(id)
    }

    public func createLesson(_ lesson: LessonRecord) async throws -> LessonRecord {
        defer { invalidate() }
        return try await base.createLesson(lesson)
    }

    public func updateLesson(_ lesson: LessonRecord, expectedVersion: Int) async throws -> LessonRecord {
        defer { invalidate() }
        return try await base.updateLesson(lesson, expectedVersion: expectedVersion)
    }

    public func deleteLesson(_ id: String) async throws {
        defer { invalidate() }
        try await base.deleteLesson(id)
    }
}
