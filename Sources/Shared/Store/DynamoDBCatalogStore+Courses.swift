/// The administrator's course writes. Each keeps the rules of DESIGN.md §4: a create is conditional on the id being
/// free, an update on the version read, and a delete removes the lessons with the course so that none is left behind.
extension DynamoDBCatalogStore {
    /// Attributes the course update may clear.
    private static let courseRemovable = ["service_keys"]
    /// Attributes of a course item that only the lesson writes change.
    static let courseCounters = ["lesson_count", "estimated_minutes", lastPosition]
    /// The highest lesson position handed out in the course (see ``createLesson(_:)``).
    static let lastPosition = "last_position"
    /// Actions in one DynamoDB transaction.
    static let transactionLimit = 100
    /// Times a write that found the course's lessons changing under it reads them again before answering 409.
    static let rounds = 3

    public func createCourse(_ course: CourseRecord) async throws -> CourseRecord {
        var record = course
        record.version = 1
        record.lessonCount = 0
        record.estimatedMinutes = 0
        record.updatedAt = now()
        let item = try courseItem(record)
        do {
            try await db.putItem(
                item, into: table, condition: .attributeNotExists(CatalogKeys.pk), returnOldItemOnFailure: true)
        } catch let error as AWSError where error.isConditionFailure {
            if error.reportsOwnWrite(item) { return record }
            throw StoreError(.alreadyExists, "A course with id '\(course.id)' already exists.", underlying: error)
        }
        return record
    }

    public func updateCourse(_ course: CourseRecord, expectedVersion: Int) async throws -> CourseRecord {
        var record = course
        record.version = expectedVersion + 1
        record.updatedAt = now()
        var update = DynamoDBUpdate()
        update.replace(
            with: try courseItem(record),
            excluding: Set([CatalogKeys.pk, CatalogKeys.sk, "origin", "content_version"] + Self.courseCounters),
            removable: Self.courseRemovable)
        // Lessons are filed under their course's exam and domain: those may change only while there are none. The
        // check is part of the condition because a lesson created meanwhile does not move the course's version.
        let placement: DynamoDBCondition =
            .attributeNotExists("lesson_count") || .equals("lesson_count", .number(0))
            || (.equals("exam", .s(record.exam)) && .equals("domain", .number(record.domain)))
        let condition: DynamoDBCondition =
            .attributeExists(CatalogKeys.pk) && .equals("version", .number(expectedVersion)) && placement
        let key = CatalogKeys.course(course.id)
        do {
            let stored = try await db.update(
                table: table, key: key, update: update, condition: condition, returnValues: .allNew,
                returnOldItemOnFailure: true)
            guard let stored else { return record }
            return try db.decoder.decode(CourseRecord.self, from: stored)
        } catch let error as AWSError where error.isConditionFailure {
            let mine: DynamoDBItem = [
                "version": .number(record.version), "updated_at": .s(record.updatedAt ?? ""),
            ]
            if error.reportsOwnWrite(mine), let stored = error.item {
                return try db.decoder.decode(CourseRecord.self, from: stored)
            }
            guard let current = try await db.get(CourseRecord.self, from: table, key: key, consistentRead: true),
                current.version == expectedVersion
            else {
                throw try await db.staleOrMissing(table: table, key: key, name: "course '\(course.id)'", error)
            }
            throw StoreError(
                .invalidReference,
                "Course '\(course.id)' has lessons: its exam and domain cannot change until they are deleted.",
                underlying: error)
        }
    }

    /// Deletes the lessons with the course, listed from `listing-index`. The course's `lesson_count` must equal the
    /// number of lessons deleted with it, so a lesson the eventually consistent index does not show yet (or one
    /// created meanwhile) cancels the delete and the lessons are listed again, rather than being orphaned. Past one
    /// transaction's 100 actions the lessons go first, in transactions that uncount them, and the course last.
    public func deleteCourse(_ id: String) async throws {
        let key = CatalogKeys.course(id)
        for _ in 0..<Self.rounds {
            var remaining = try await lessons(course: id)
            guard try await db.getItem(GetItemInput(tableName: table, key: key, consistentRead: true)).item != nil
            else {
                // Gone already: finish the cleanup of an interrupted delete, if it left lessons behind.
                guard !remaining.isEmpty else { throw StoreError(.notFound, "No course has id '\(id)'.") }
                try await db.batchWrite(table: table, deletes: remaining.map { CatalogKeys.lesson($0.id) })
                return
            }
            do {
                while remaining.count >= Self.transactionLimit {
                    let chunk = remaining.prefix(Self.transactionLimit - 1)
                    var counters = DynamoDBUpdate()
                    counters.add("lesson_count", .number(-chunk.count))
                    counters.add("estimated_minutes", .number(-chunk.reduce(0) { $0 + $1.estimatedMinutes }))
                    try await db.transactWrite(
                        [.update(table: table, key: key, update: counters, condition: .attributeExists(CatalogKeys.pk))]
                            + chunk.map(lessonDeletion))
                    remaining.removeFirst(chunk.count)
                }
                let lastOne: DynamoDBCondition =
                    .attributeExists(CatalogKeys.pk) && .equals("lesson_count", .number(remaining.count))
                try await db.transactWrite(
                    [.delete(table: table, key: key, condition: lastOne)] + remaining.map(lessonDeletion))
                return
            } catch let error as AWSError where error.isConditionFailure {
                // A resent transaction that had landed finds its course gone: the delete is done.
                let gone = try await db.getItem(GetItemInput(tableName: table, key: key, consistentRead: true))
                if error.attempts > 1, gone.item == nil { return }
            }
        }
        throw StoreError(
            .versionConflict, "Lessons of course '\(id)' changed while it was being deleted; try again.")
    }

    /// Deletes a lesson that must still be there (so that the course's counters stay true).
    private func lessonDeletion(_ lesson: LessonRecord) -> TransactWriteItem {
        .delete(table: table, key: CatalogKeys.lesson(lesson.id), condition: .attributeExists(CatalogKeys.pk))
    }
}
