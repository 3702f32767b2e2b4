#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// ``ProgressStore`` over the UserProgress table (key shapes and their reasons in ``ProgressStore``).
public struct DynamoDBProgressStore: ProgressStore {
    let db: DynamoDBClient
    public let table: String
    let clock: any AWSClock

    public static let courseIndex = "course-progress-index"
    static let enrollmentPrefix = "ENROLLMENT#"
    static let counterKey = "SUMMARY#ENROLLMENTS"
    static let counterAttribute = "active_enrollments"
    static let lessonSummaryKey = "SUMMARY#LESSONS"
    /// Present on lesson-progress items only; separates them from enrollments without touching key attributes,
    /// which a filter expression may not name.
    static let lessonMarker = "minutes_spent"

    public init(client: DynamoDBClient, table: String, clock: any AWSClock = SystemAWSClock()) {
        self.db = client.forStores()
        self.table = table
        self.clock = clock
    }

    static func key(_ user: String, _ sortKey: String) -> DynamoDBItem {
        ["user_id": .s(user), "lesson_id": .s(sortKey)]
    }

    static func enrollmentKey(_ user: String, _ course: String) -> DynamoDBItem {
        key(user, enrollmentPrefix + course)
    }

    public func enrollment(user: String, course: String) async throws -> EnrollmentRecord? {
        try await db.get(
            EnrollmentRecord.self, from: table, key: Self.enrollmentKey(user, course), consistentRead: true)
    }

    public func enroll(
        user: String, course: String, limit: Int?
    ) async throws -> (enrollment: EnrollmentRecord, created: Bool) {
        if let existing = try await enrollment(user: user, course: course), existing.status == .active {
            return (existing, false)
        }
        let record = EnrollmentRecord(
            userId: user, courseId: course, status: .active, enrolledAt: StoreTime.text(clock.now()))
        var counter = DynamoDBUpdate()
        counter.add(Self.counterAttribute, 1)
        let counterCondition = limit.map {
            DynamoDBCondition.attributeNotExists(Self.counterAttribute)
                || .lessThan(Self.counterAttribute, .number($0))
        }
        let item = try db.item(record, keys: Self.enrollmentKey(user, course))
        do {
            try await db.transactWrite([
                .update(
                    table: table, key: Self.key(user, Self.counterKey), update: counter, condition: counterCondition),
                .put(
                    table: table, item: item,
                    condition: .attributeNotExists("lesson_id") || .equals("status", .s("inactive"))),
            ])
            return (record, true)
        } catch let error as AWSError where error.isConditionFailure {
            if error.cancellationReasons.count > 1, error.cancellationReasons[1].code == "ConditionalCheckFailed",
                let existing = try await enrollment(user: user, course: course), existing.status == .active
            {
                return (existing, false)
            }
            throw StoreError(
                .limitReached, "The learner already holds \(limit ?? 0) active enrollments.", underlying: error)
        }
    }

    public func unenroll(user: String, course: String) async throws {
        let ended: DynamoDBItem = [
            "status": .s(EnrollmentRecord.Status.inactive.rawValue), "unenrolled_at": .s(StoreTime.text(clock.now())),
        ]
        var end = DynamoDBUpdate()
        for (name, value) in ended { end.set(name, to: value) }
        var counter = DynamoDBUpdate()
        counter.add(Self.counterAttribute, -1)
        do {
            try await db.transactWrite([
                .update(
                    table: table, key: Self.enrollmentKey(user, course), update: end,
                    condition: .equals("status", .s(EnrollmentRecord.Status.active.rawValue)),
                    returnOldItemOnFailure: true),
                .update(table: table, key: Self.key(user, Self.counterKey), update: counter),
            ])
        } catch let error as AWSError where error.isConditionFailure {
            if error.reportsOwnWrite(ended, action: 0) { return }
            throw StoreError(.notFound, "The learner is not enrolled in course '\(course)'.", underlying: error)
        }
    }

    public func activeEnrollments(
        user: String, limit: Int, startKey: DynamoDBItem?
    ) async throws -> StorePage<EnrollmentRecord> {
        if let startKey {
            let valid =
                startKey.count == 2 && startKey["user_id"] == .s(user)
                && startKey["lesson_id"]?.stringValue?.hasPrefix(Self.enrollmentPrefix) == true
            guard valid else { throw StoreError(.invalidCursor, "The nextToken belongs to another listing.") }
        }
        var expression = DynamoDBExpression()
        let keyText =
            (DynamoDBCondition.equals("user_id", .s(user))
            && .beginsWith("lesson_id", .s(Self.enrollmentPrefix))).render(into: &expression)
        let filterText = DynamoDBCondition.equals("status", .s(EnrollmentRecord.Status.active.rawValue))
            .render(into: &expression)
        let input = QueryInput(
            tableName: table, keyConditionExpression: keyText, filterExpression: filterText,
            expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
            exclusiveStartKey: startKey)
        let page = try await db.page(input, limit: limit, keyAttributes: ["user_id", "lesson_id"])
        return try page.map { try db.decoder.decode(EnrollmentRecord.self, from: $0) }
    }

    public func activeEnrollmentCount(user: String) async throws -> Int {
        let item = try await db.getItem(
            GetItemInput(tableName: table, key: Self.key(user, Self.counterKey), consistentRead: true)
        ).item
        return item?[Self.counterAttribute]?.numberText.flatMap { Int($0) }.map { max($0, 0) } ?? 0
    }

    public func lessonProgress(user: String, course: String) async throws -> [LessonProgressRecord] {
        let items = try await db.query(
            table: table, index: Self.courseIndex,
            keyCondition: .equals("user_id", .s(user)) && .equals("course_id", .s(course)),
            filter: .attributeExists(Self.lessonMarker)
        ).collect()
        return try db.decodeAll(LessonProgressRecord.self, items)
    }

    public func lessonProgress(user: String, lessons: [String]) async throws -> [LessonProgressRecord] {
        let unique = Array(Set(lessons)).sorted()
        guard !unique.isEmpty else { return [] }
        let items = try await db.batchGet(table: table, keys: unique.map { Self.key(user, $0) })
        return try db.decodeAll(LessonProgressRecord.self, items.filter { $0[Self.lessonMarker] != nil })
    }

    public func lessonSummary(user: String) async throws -> LessonProgressSummary {
        let item = try await db.getItem(
            GetItemInput(tableName: table, key: Self.key(user, Self.lessonSummaryKey), consistentRead: true)
        ).item
        func number(_ name: String) -> Double { max(item?[name]?.numberText.flatMap { Double($0) } ?? 0, 0) }
        return LessonProgressSummary(
            lessonsCompleted: Int(number("lessons_completed")), lessonsMastered: Int(number("lessons_mastered")),
            studyMinutes: number("study_minutes"))
    }

    /// Puts the item and moves the learner's summary by the difference to the item it replaces, in one transaction
    /// conditional on that item being unchanged since it was read; a write that lost that race reads again.
    public func saveLessonProgress(_ progress: LessonProgressRecord) async throws {
        let key = Self.key(progress.userId, progress.lessonId)
        let item = try db.item(progress, keys: key)
        for _ in 0..<3 {
            let old = try await db.get(LessonProgressRecord.self, from: table, key: key, consistentRead: true)
            let unchanged: DynamoDBCondition =
                old.map {
                    .equals("updated_at", .s($0.updatedAt)) && .equals(Self.lessonMarker, .number($0.minutesSpent))
                        && .equals("status", .s($0.status.rawValue))
                } ?? .attributeNotExists("lesson_id")
            var summary = DynamoDBUpdate()
            for (name, delta) in LessonProgressSummary.delta(from: old, to: progress) where delta != 0 {
                summary.add(name, .number(delta))
            }
            var actions: [TransactWriteItem] = [
                .put(table: table, item: item, condition: unchanged, returnOldItemOnFailure: true)
            ]
            if !summary.isEmpty {
                actions.append(
                    .update(table: table, key: Self.key(progress.userId, Self.lessonSummaryKey), update: summary))
            }
            do {
                try await db.transactWrite(actions)
                return
            } catch let error as AWSError where error.isConditionFailure {
                if error.reportsOwnWrite(item, action: 0) { return }
            }
        }
        throw StoreError(
            .versionConflict, "Progress on lesson '\(progress.lessonId)' changed while it was saved; try again.")
    }
}
