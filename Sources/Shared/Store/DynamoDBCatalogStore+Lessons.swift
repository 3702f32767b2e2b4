/// The administrator's lesson writes. A lesson and its course's counters change in one transaction with atomic
/// `ADD`, and every transaction requires the course to exist, so no write recreates a deleted course.
extension DynamoDBCatalogStore {
    /// Attributes the lesson update may clear.
    private static let lessonRemovable = ["assessment_id", "body"]

    /// Adds the lesson after the highest position its course has used (`last_position` on the course, or the
    /// highest listed for a course that has none yet). The course's update requires `last_position` to be below the
    /// new one, so two lessons created at once never share a position: the later one reads again and goes after.
    public func createLesson(_ lesson: LessonRecord) async throws -> LessonRecord {
        var record = lesson
        record.version = 1
        record.updatedAt = now()
        let courseKey = CatalogKeys.course(record.courseId)
        for _ in 0..<Self.rounds {
            guard
                let course = try await db.getItem(
                    GetItemInput(tableName: table, key: courseKey, consistentRead: true)
                ).item
            else { throw StoreError(.notFound, "No course has id '\(record.courseId)'.") }
            let last = course[Self.lastPosition]?.numberText.flatMap { Int($0) } ?? -1
            let listed = try await lessons(course: record.courseId).map(\.position).max() ?? -1
            record.position = max(last, listed) + 1
            var counters = DynamoDBUpdate()
            counters.add("lesson_count", 1)
            counters.add("estimated_minutes", .number(record.estimatedMinutes))
            counters.set("updated_at", to: .s(record.updatedAt ?? ""))
            counters.set(Self.lastPosition, to: .number(record.position))
            let free: DynamoDBCondition =
                .attributeNotExists(Self.lastPosition) || .lessThan(Self.lastPosition, .number(record.position))
            let item = try lessonItem(record)
            do {
                try await db.transactWrite([
                    .update(
                        table: table, key: courseKey, update: counters,
                        condition: .attributeExists(CatalogKeys.pk) && free),
                    .put(
                        table: table, item: item, condition: .attributeNotExists(CatalogKeys.pk),
                        returnOldItemOnFailure: true),
                ])
                return record
            } catch let error as AWSError where error.isConditionFailure {
                if error.reportsOwnWrite(item, action: 1) { return record }
                if error.conditionFailed(action: 1) {
                    throw StoreError(
                        .alreadyExists, "A lesson with id '\(record.id)' already exists.", underlying: error)
                }
                // The course went away or another lesson took the position: read both again.
            }
        }
        throw StoreError(
            .versionConflict, "Lessons of course '\(record.courseId)' are being added at the same time; try again.")
    }

    public func updateLesson(_ lesson: LessonRecord, expectedVersion: Int) async throws -> LessonRecord {
        let key = CatalogKeys.lesson(lesson.id)
        guard let current = try await db.get(LessonRecord.self, from: table, key: key, consistentRead: true) else {
            throw StoreError(.notFound, "No lesson has id '\(lesson.id)'.")
        }
        guard current.version == expectedVersion else {
            throw StoreError(
                .versionConflict,
                "Lesson '\(lesson.id)' is at version \(current.version), not \(expectedVersion); read it again.")
        }
        var record = lesson
        record.courseId = current.courseId
        record.exam = current.exam
        record.position = current.position
        record.origin = current.origin
        record.contentVersion = current.contentVersion
        record.version = expectedVersion + 1
        record.updatedAt = now()
        var update = DynamoDBUpdate()
        update.replace(
            with: try lessonItem(record), excluding: [CatalogKeys.pk, CatalogKeys.sk], removable: Self.lessonRemovable)
        let condition: DynamoDBCondition =
            .attributeExists(CatalogKeys.pk) && .equals("version", .number(expectedVersion))
        let courseKey = CatalogKeys.course(record.courseId)
        let courseExists: DynamoDBCondition = .attributeExists(CatalogKeys.pk)
        let delta = record.estimatedMinutes - current.estimatedMinutes
        var minutes = DynamoDBUpdate()
        minutes.add("estimated_minutes", .number(delta))
        do {
            try await db.transactWrite([
                .update(table: table, key: key, update: update, condition: condition, returnOldItemOnFailure: true),
                delta == 0
                    ? .conditionCheck(table: table, key: courseKey, condition: courseExists)
                    : .update(table: table, key: courseKey, update: minutes, condition: courseExists),
            ])
        } catch let error as AWSError where error.isConditionFailure {
            let mine: DynamoDBItem = ["version": .number(record.version), "updated_at": .s(record.updatedAt ?? "")]
            if error.reportsOwnWrite(mine, action: 0) { return record }
            if error.conditionFailed(action: 1) {
                throw StoreError(
                    .notFound,
                    "Lesson '\(record.id)' belongs to course '\(record.courseId)', which no longer exists.",
                    underlying: error)
            }
            throw try await db.staleOrMissing(table: table, key: key, name: "lesson '\(record.id)'", error)
        }
        return record
    }

    public func deleteLesson(_ id: String) async throws {
        let key = CatalogKeys.lesson(id)
        guard let current = try await db.get(LessonRecord.self, from: table, key: key, consistentRead: true) else {
            throw StoreError(.notFound, "No lesson has id '\(id)'.")
        }
        var counters = DynamoDBUpdate()
        counters.add("lesson_count", -1)
        counters.add("estimated_minutes", .number(-current.estimatedMinutes))
        let course = CatalogKeys.course(current.courseId)
        let courseExists = try await db.getItem(GetItemInput(tableName: table, key: course, consistentRead: true)).item
        let deleteLesson = TransactWriteItem.delete(
            table: table, key: key,
            condition: .attributeExists(CatalogKeys.pk) && .equals("version", .number(current.version)))
        do {
            if courseExists != nil {
                try await db.transactWrite([
                    deleteLesson,
                    .update(table: table, key: course, update: counters, condition: .attributeExists(CatalogKeys.pk)),
                ])
            } else {
                try await db.transactWrite([deleteLesson])
            }
        } catch let error as AWSError where error.isConditionFailure {
            // A resent delete that had landed finds its lesson gone: the delete is done.
            if error.attempts > 1,
                try await db.getItem(GetItemInput(tableName: table, key: key, consistentRead: true))
                    .item == nil
            {
                return
            }
            throw StoreError(
                .versionConflict, "Lesson '\(id)' changed while it was being deleted; try again.", underlying: error)
        }
    }
}
