#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// ``CatalogStore`` over the Catalog table (key shapes and their reasons in ``CatalogKeys``). Reads are eventually
/// consistent: the catalog changes rarely and the functions cache it for a short time anyway.
public struct DynamoDBCatalogStore: CatalogStore {
    let db: DynamoDBClient
    public let table: String
    let clock: any AWSClock

    public init(client: DynamoDBClient, table: String, clock: any AWSClock = SystemAWSClock()) {
        self.db = client.forStores()
        self.table = table
        self.clock = clock
    }

    /// The attributes of a lesson listing: everything but the Markdown body, which can be tens of kilobytes.
    static let lessonSummaryAttributes = [
        "id", "course_id", "exam", "title", "task_statement", "services", "estimated_minutes", "prerequisites",
        "objectives", "position", "assessment_id", "version", "origin", "content_version", "updated_at",
    ]

    public func exams() async throws -> [ExamBlueprint] {
        let items = try await db.all(listingQuery(CatalogKeys.examsListing))
        return try db.decodeAll(ExamBlueprint.self, items)
    }

    public func exam(_ code: String) async throws -> ExamBlueprint? {
        try await db.get(ExamBlueprint.self, from: table, key: CatalogKeys.exam(code))
    }

    public func course(_ id: String) async throws -> CourseRecord? {
        try await db.get(CourseRecord.self, from: table, key: CatalogKeys.course(id))
    }

    public func courses(
        _ filter: CourseFilter, limit: Int, startKey: DynamoDBItem?
    ) async throws -> StorePage<CourseRecord> {
        let prefix = filter.certification.map { CatalogKeys.coursePrefix(exam: $0, level: filter.level) }
        if let startKey {
            let valid =
                startKey[CatalogKeys.listingPK] == .s(CatalogKeys.coursesListing)
                && startKey[CatalogKeys.listingSK]?.stringValue.map { $0.hasPrefix(prefix ?? "") } == true
                && startKey[CatalogKeys.pk] != nil && startKey[CatalogKeys.sk] != nil && startKey.count == 4
            guard valid else { throw StoreError(.invalidCursor, "The nextToken belongs to another listing.") }
        }
        var keyCondition: DynamoDBCondition = .equals(CatalogKeys.listingPK, .s(CatalogKeys.coursesListing))
        if let prefix { keyCondition = keyCondition && .beginsWith(CatalogKeys.listingSK, .s(prefix)) }
        var filters: [DynamoDBCondition] = []
        if filter.certification == nil, let level = filter.level {
            filters.append(.equals("level", .s(level.rawValue)))
        }
        if let service = filter.service {
            filters.append(.contains("service_keys", .s(CatalogKeys.serviceKey(service))))
        }
        var expression = DynamoDBExpression()
        let keyText = keyCondition.render(into: &expression)
        let combined = filters.dropFirst().reduce(filters.first) { partial, next in partial.map { $0 && next } }
        let filterText = combined?.render(into: &expression)
        let input = QueryInput(
            tableName: table, indexName: CatalogKeys.index, keyConditionExpression: keyText,
            filterExpression: filterText, expressionAttributeNames: expression.namesOrNil,
            expressionAttributeValues: expression.valuesOrNil, exclusiveStartKey: startKey)
        let page = try await db.page(input, limit: limit, keyAttributes: CatalogKeys.listingKeyAttributes)
        return try page.map { try db.decoder.decode(CourseRecord.self, from: $0) }
    }

    public func lessons(course: String) async throws -> [LessonRecord] {
        var input = listingQuery(CatalogKeys.lessonsListing(course: course))
        var expression = DynamoDBExpression()
        input.keyConditionExpression = DynamoDBCondition.equals(
            CatalogKeys.listingPK, .s(CatalogKeys.lessonsListing(course: course))
        ).render(into: &expression)
        input.projectionExpression = expression.projection(Self.lessonSummaryAttributes)
        input.expressionAttributeNames = expression.namesOrNil
        input.expressionAttributeValues = expression.valuesOrNil
        return try db.decodeAll(LessonRecord.self, try await db.all(input))
    }

    public func lesson(_ id: String) async throws -> LessonRecord? {
        try await db.get(LessonRecord.self, from: table, key: CatalogKeys.lesson(id))
    }

    public func lessons(ids: [String]) async throws -> [LessonRecord] {
        let unique = Array(Set(ids)).sorted()
        guard !unique.isEmpty else { return [] }
        let items = try await db.batchGet(
            table: table, keys: unique.map(CatalogKeys.lesson), attributes: Self.lessonSummaryAttributes)
        return try db.decodeAll(LessonRecord.self, items)
    }

    /// A Query of one `listing-index` partition, in sort-key order.
    func listingQuery(_ partition: String) -> QueryInput {
        var expression = DynamoDBExpression()
        let keyText = DynamoDBCondition.equals(CatalogKeys.listingPK, .s(partition)).render(into: &expression)
        return QueryInput(
            tableName: table, indexName: CatalogKeys.index, keyConditionExpression: keyText,
            expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil)
    }

    /// The stored item of a course: its record, its keys and the normalized service names the filter matches.
    func courseItem(_ course: CourseRecord) throws -> DynamoDBItem {
        var item = try db.item(
            course, keys: CatalogKeys.course(course.id),
            CatalogKeys.courseListing(exam: course.exam, level: course.level, domain: course.domain, id: course.id))
        let keys = Set(course.services.map(CatalogKeys.serviceKey)).sorted()
        if !keys.isEmpty { item["service_keys"] = .ss(keys) }
        return item
    }

    func lessonItem(_ lesson: LessonRecord) throws -> DynamoDBItem {
        try db.item(
            lesson, keys: CatalogKeys.lesson(lesson.id),
            CatalogKeys.lessonListing(course: lesson.courseId, position: lesson.position, id: lesson.id))
    }

    func examItem(_ exam: ExamBlueprint) throws -> DynamoDBItem {
        try db.item(exam, keys: CatalogKeys.exam(exam.code), CatalogKeys.examListing(exam.code))
    }

    func now() -> String { StoreTime.text(clock.now()) }
}
