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
/// cached, nor are reads of ids that cannot exist (not a ``CatalogIdentifier`` shape), so that a caller sending
/// made-up ids cannot fill the cache; when it is full the least recently used entry makes room.
public final class CachedCatalogStore: CatalogStore {
    public let base: any CatalogStore
    public let ttl: Double
    private let clock: any AWSClock
    private let state = Mutex(State())
    /// The most entries kept; past it, expired entries go first, then the least recently used.
    private let capacity: Int

    private struct Entry: Sendable {
        var value: any Sendable
        var expires: Date
        /// When the entry was last read or written, in ``State/tick`` units.
        var used: UInt64
    }

    private struct State: Sendable {
        var entries: [String: Entry] = [:]
        var tick: UInt64 = 0
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
        state.withLock { $0.entries.removeAll() }
    }

    /// Entries held now.
    public var count: Int { state.withLock { $0.entries.count } }

    /// `load()`'s value, from the cache while it is fresh.
    ///
    /// - Parameter cacheable: `false` reads through without keeping the value (ids of a shape no item has).
    private func cached<T: Sendable>(
        _ key: String, cacheable: Bool = true, _ load: () async throws -> T
    ) async throws -> T {
        let now = clock.now()
        guard cacheable else { return try await load() }
        let hit = state.withLock { state -> T? in
            guard let entry = state.entries[key], entry.expires > now, let value = entry.value as? T else { return nil }
            state.tick += 1
            state.entries[key]?.used = state.tick
            return value
        }
        if let hit { return hit }
        let value = try await load()
        let expires = now.addingTimeInterval(ttl)
        state.withLock { state in
            state.tick += 1
            if state.entries[key] == nil && state.entries.count >= capacity {
                state.entries = state.entries.filter { $0.value.expires > now }
                if state.entries.count >= capacity,
                    let oldest = state.entries.min(by: { $0.value.used < $1.value.used })?.key
                {
                    state.entries[oldest] = nil
                }
            }
            state.entries[key] = Entry(value: value, expires: expires, used: state.tick)
        }
        return value
    }

    public func exams() async throws -> [ExamBlueprint] {
        try await cached("exams") { try await base.exams() }
    }

    public func exam(_ code: String) async throws -> ExamBlueprint? {
        try await cached("exam:" + code, cacheable: CatalogIdentifier.isExamCode(code)) { try await base.exam(code) }
    }

    public func course(_ id: String) async throws -> CourseRecord? {
        try await cached("course:" + id, cacheable: CatalogIdentifier.isItemID(id)) { try await base.course(id) }
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
        try await cached("lessons:" + course, cacheable: CatalogIdentifier.isItemID(course)) {
            try await base.lessons(course: course)
        }
    }

    public func lesson(_ id: String) async throws -> LessonRecord? {
        try await cached("lesson:" + id, cacheable: CatalogIdentifier.isItemID(id)) { try await base.lesson(id) }
    }

    public func lessons(ids: [String]) async throws -> [LessonRecord] {
        let key = "lesson-set:" + Set(ids).sorted().joined(separator: ",")
        return try await cached(key, cacheable: ids.allSatisfy(CatalogIdentifier.isItemID)) {
            try await base.lessons(ids: ids)
        }
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
