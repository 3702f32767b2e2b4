/// The administrator's writes. Each keeps the rules of DESIGN.md §4: creates are conditional on the id being free,
/// updates on the version read, and a lesson and its course's counters change in one transaction with atomic `ADD`.
extension DynamoDBCatalogStore {
    /// Attributes the course update may clear.
    private static let courseRemovable = ["service_keys"]
    /// Attributes the lesson update may clear.
    private static let lessonRemovable = ["assessment_id", "body"]

    public func createCourse(_ course: CourseRecord) async throws -> CourseRecord {
        var record = course
        record.version = 1
        record.lessonCount = 0
        record.estimatedMinutes = 0
        record.updatedAt = now()
        do {
            try await db.putItem(try courseItem(record), into: table, condition: .attributeNotExists(CatalogKeys.pk))
        } catch let error as AWSError where error.isConditionFailure {
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
            excluding: [
                CatalogKeys.pk, CatalogKeys.sk, "lesson_count", "estimated_minutes", "origin", "content_version",
            ],
            removable: Self.courseRemovable)
        let condition: DynamoDBCondition =
            .attributeExists(CatalogKeys.pk) && .equals("version", .number(expectedVersion))
        do {
            let stored = try await db.update(
                table: table, key: CatalogKeys.course(course.id), update: update, condition: condition,
                returnValues: .allNew)
            guard let stored else { return record }
            return try db.decoder.decode(CourseRecord.self, from: stored)
        } catch let error as AWSError where error.isConditionFailure {
            throw try await staleOrMissing(CatalogKeys.course(course.id), "course '\(course.id)'", error)
        }
    }

    public func deleteCourse(_ id: String) async throws {
        let lessonKeys = try await lessons(course: id).map { CatalogKeys.lesson($0.id) }
        let deleteCourse = TransactWriteItem.delete(
            table: table, key: CatalogKeys.course(id), condition: .attributeExists(CatalogKeys.pk))
        do {
            if lessonKeys.count < 100 {
                try await db.transactWrite(
                    [deleteCourse] + lessonKeys.map { TransactWriteItem.delete(table: table, key: $0) })
            } else {
                // Past a transaction's 100 items: the course goes first (so no one enrolls meanwhile), then its
                // lessons in batches; a retry finishes an interrupted cleanup.
                try await db.delete(
                    table: table, key: CatalogKeys.course(id), condition: .attributeExists(CatalogKeys.pk))
                try await db.batchWrite(table: table, deletes: lessonKeys)
            }
        } catch let error as AWSError where error.isConditionFailure {
            throw StoreError(.notFound, "No course has id '\(id)'.", underlying: error)
        }
    }

    public func createLesson(_ lesson: LessonRecord) async throws -> LessonRecord {
        var record = lesson
        record.version = 1
        record.updatedAt = now()
        var counters = DynamoDBUpdate()
        counters.add("lesson_count", 1)
        counters.add("estimated_minutes", .number(record.estimatedMinutes))
        counters.set("updated_at", to: .s(record.updatedAt ?? ""))
        do {
            try await db.transactWrite([
                .update(
                    table: table, key: CatalogKeys.course(record.courseId), update: counters,
                    condition: .attributeExists(CatalogKeys.pk)),
                .put(table: table, item: try lessonItem(record), condition: .attributeNotExists(CatalogKeys.pk)),
            ])
        } catch let error as AWSError where error.isConditionFailure {
            if error.cancellationReasons.first?.code == "ConditionalCheckFailed" {
                throw StoreError(.notFound, "No course has id '\(record.courseId)'.", underlying: error)
            }
            throw StoreError(.alreadyExists, "A lesson with id '\(record.id)' already exists.", underlying: error)
        }
        return record
    }

    public func updateLesson(_ lesson: LessonRecord, expectedVersion: Int) async throws -> LessonRecord {
        guard
            let current = try await db.get(
                LessonRecord.self, from: table, key: CatalogKeys.lesson(lesson.id), consistentRead: true)
        else { throw StoreError(.notFound, "No lesson has id '\(lesson.id)'.") }
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
        var actions: [TransactWriteItem] = [
            .update(table: table, key: CatalogKeys.lesson(record.id), update: update, condition: condition)
        ]
        let delta = record.estimatedMinutes - current.estimatedMinutes
        if delta != 0 {
            var minutes = DynamoDBUpdate()
            minutes.add("estimated_minutes", .number(delta))
            actions.append(.update(table: table, key: CatalogKeys.course(record.courseId), update: minutes))
        }
        do {
            try await db.transactWrite(actions)
        } catch let error as AWSError where error.isConditionFailure {
            throw try await staleOrMissing(CatalogKeys.lesson(record.id), "lesson '\(record.id)'", error)
        }
        return record
    }

    public func deleteLesson(_ id: String) async throws {
        guard
            let current = try await db.get(
                LessonRecord.self, from: table, key: CatalogKeys.lesson(id), consistentRead: true)
        else { throw StoreError(.notFound, "No lesson has id '\(id)'.") }
        var counters = DynamoDBUpdate()
        counters.add("lesson_count", -1)
        counters.add("estimated_minutes", .number(-current.estimatedMinutes))
        let course = CatalogKeys.course(current.courseId)
        let courseExists = try await db.getItem(GetItemInput(tableName: table, key: course, consistentRead: true)).item
        let deleteLesson = TransactWriteItem.delete(
            table: table, key: CatalogKeys.lesson(id),
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
            throw StoreError(
                .versionConflict, "Lesson '\(id)' changed while it was being deleted; try again.", underlying: error)
        }
    }

    /// After a failed version condition: ``StoreError/Code/notFound`` when the item is gone,
    /// ``StoreError/Code/versionConflict`` otherwise.
    private func staleOrMissing(_ key: DynamoDBItem, _ name: String, _ error: AWSError) async throws -> StoreError {
        let exists = try await db.getItem(GetItemInput(tableName: table, key: key, consistentRead: true)).item != nil
        return exists
            ? StoreError(.versionConflict, "The \(name) changed since it was read; read it again.", underlying: error)
            : StoreError(.notFound, "No \(name) exists.", underlying: error)
    }
}
