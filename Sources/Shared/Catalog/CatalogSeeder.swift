#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes the `content/` catalog to the Catalog table, once per content version (key shapes in ``CatalogKeys``).
///
/// - The version marker (`pk` `CATALOG`, `sk` `VERSION`) says which content version the table holds. Loading the
///   same version again is a no-op: one GetItem.
/// - A new version is written with BatchWriteItem (25 items a call, unprocessed items resent): every exam, course,
///   lesson and question, each tagged `origin: content` and `content_version`. Items of the previous version that
///   the new one lacks are then deleted, and the marker is written last, conditional on the version it replaced.
///   An interrupted load leaves the old marker, so running it again finishes the job; every write is a full put,
///   so repeating one is harmless.
/// - Administrators' items (`origin: admin`) are kept. A content course's counters include the administrators'
///   lessons in it, and a replaced content item's `version` goes up by one, so a client holding the old version
///   gets 409 rather than overwriting the new content.
///
/// Finding the previous version's items is a Scan: this runs from a command line, never on a request path.
public struct CatalogSeeder: Sendable {
    let store: DynamoDBCatalogStore

    public init(client: DynamoDBClient, table: String, clock: any AWSClock = SystemAWSClock()) {
        store = DynamoDBCatalogStore(client: client, table: table, clock: clock)
    }

    var db: DynamoDBClient { store.db }
    var table: String { store.table }

    /// The content version the table holds, if any.
    public func loadedVersion() async throws -> String? {
        let item = try await db.getItem(
            GetItemInput(tableName: table, key: CatalogKeys.versionMarker, consistentRead: true)
        ).item
        return item?["content_version"]?.stringValue
    }

    /// Loads `catalog` unless its version is already there (or always, with `force`).
    ///
    /// - Throws: ``AWSError`` when the table refuses a write (a partial load is finished by running again);
    ///   `EncodingError` when an item does not encode.
    public func seed(_ catalog: ContentCatalog, force: Bool = false) async throws -> CatalogSeedResult {
        let previous = try await loadedVersion()
        if previous == catalog.version && !force {
            return CatalogSeedResult(version: catalog.version, previousVersion: previous, skipped: true)
        }
        let existing = try await existingItems()
        let version = catalog.version
        var puts: [DynamoDBItem] = []
        var written: Set<String> = []
        func add(_ item: DynamoDBItem) {
            var item = item
            let pk = item[CatalogKeys.pk]?.stringValue ?? ""
            item["origin"] = .s(CatalogOrigin.content.rawValue)
            item["content_version"] = .s(version)
            item["version"] = .number((existing.versions[pk] ?? 0) + 1)
            puts.append(item)
            written.insert(pk)
        }
        for exam in catalog.exams { add(try store.examItem(exam)) }
        for course in catalog.courses {
            var record = CourseRecord(content: course, contentVersion: version)
            let extra = existing.adminLessons[course.id] ?? []
            record.lessonCount += extra.count
            record.estimatedMinutes += extra.reduce(0) { $0 + $1 }
            record.updatedAt = store.now()
            add(try store.courseItem(record))
            for (position, lesson) in course.lessons.enumerated() {
                var lessonRecord = LessonRecord(
                    content: lesson, course: course, position: position, contentVersion: version)
                lessonRecord.updatedAt = record.updatedAt
                add(try store.lessonItem(lessonRecord))
            }
        }
        for question in catalog.questions {
            add(
                try db.item(
                    question, keys: CatalogKeys.question(question.id),
                    CatalogKeys.questionListing(exam: question.exam, domain: question.domain, id: question.id)))
        }
        try await db.batchWrite(table: table, puts: puts)
        let stale = existing.contentKeys.filter { !written.contains($0.key) }.map(\.value)
        if !stale.isEmpty { try await db.batchWrite(table: table, deletes: stale) }
        try await writeMarker(version: version, previous: previous, items: puts.count)
        return CatalogSeedResult(
            version: version, previousVersion: previous, skipped: false, exams: catalog.exams.count,
            courses: catalog.courses.count, lessons: catalog.lessons.count, questions: catalog.questions.count,
            deleted: stale.count)
    }

    /// What the table holds now: the content items' keys and versions, and the minutes of administrators' lessons
    /// per course.
    private func existingItems() async throws -> (
        contentKeys: [String: DynamoDBItem], versions: [String: Int], adminLessons: [String: [Int]]
    ) {
        var contentKeys: [String: DynamoDBItem] = [:]
        var versions: [String: Int] = [:]
        var adminLessons: [String: [Int]] = [:]
        var expression = DynamoDBExpression()
        let projection = expression.projection([
            CatalogKeys.pk, CatalogKeys.sk, "origin", "version", "course_id", "estimated_minutes",
        ])
        let input = ScanInput(
            tableName: table, projectionExpression: projection, expressionAttributeNames: expression.namesOrNil,
            consistentRead: true)
        for try await page in db.scan(input) {
            for item in page.items ?? [] {
                guard let pk = item[CatalogKeys.pk]?.stringValue, let sk = item[CatalogKeys.sk] else { continue }
                versions[pk] = item["version"]?.numberText.flatMap { Int($0) } ?? 0
                switch item["origin"]?.stringValue {
                case CatalogOrigin.content.rawValue:
                    contentKeys[pk] = [CatalogKeys.pk: .s(pk), CatalogKeys.sk: sk]
                case CatalogOrigin.admin.rawValue:
                    if pk.hasPrefix("LESSON#"), let course = item["course_id"]?.stringValue {
                        adminLessons[course, default: []].append(
                            item["estimated_minutes"]?.numberText.flatMap { Int($0) } ?? 0)
                    }
                default:
                    continue
                }
            }
        }
        return (contentKeys, versions, adminLessons)
    }

    private func writeMarker(version: String, previous: String?, items: Int) async throws {
        var marker = CatalogKeys.versionMarker
        marker["content_version"] = .s(version)
        marker["loaded_at"] = .s(store.now())
        marker["items"] = .number(items)
        let condition: DynamoDBCondition =
            previous.map { .equals("content_version", .s($0)) } ?? .attributeNotExists(CatalogKeys.pk)
        try await db.putItem(marker, into: table, condition: condition)
    }
}
