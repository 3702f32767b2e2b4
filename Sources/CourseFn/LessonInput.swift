import Shared

/// The body of `POST /courses/{id}/lessons` and `PUT /lessons/{id}` (`LessonInput`): checked field by field, unknown
/// members refused. The rules that need the catalog (the task statement is one of the course's domain, the
/// prerequisites exist in the same exam and form no cycle) are checked by the handler.
struct LessonInput: Decodable, Validatable, Sendable {
    var id: String
    var title: String
    var taskStatement: String
    var services: [String]
    var estimatedMinutes: Int
    var prerequisites: [String]
    var objectives: [String]
    var body: String
    var version: Int?
    var unknownFields: [FieldError] = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, taskStatement, services, estimatedMinutes, prerequisites, objectives, body, version
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        taskStatement = try container.decode(String.self, forKey: .taskStatement)
        services = try container.decode([String].self, forKey: .services)
        estimatedMinutes = try container.decode(Int.self, forKey: .estimatedMinutes)
        prerequisites = try container.decode([String].self, forKey: .prerequisites)
        objectives = try container.decode([String].self, forKey: .objectives)
        body = try container.decode(String.self, forKey: .body)
        version = try container.decodeIfPresent(Int.self, forKey: .version)
        unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
    }

    func validate() -> [FieldError] {
        var check = Validator()
        check.require(CatalogIdentifier.isItemID(id), "id", "must be lower-case kebab-case, at most 128 characters")
        check.length(title, "title", max: 200)
        check.require(CatalogIdentifier.isTaskStatement(taskStatement), "taskStatement", "must look like 2.1")
        check.require(services.count <= 50, "services", "must have at most 50 entries")
        for (index, service) in services.enumerated() {
            check.length(service, "services[\(index)]", max: 100)
        }
        check.range(estimatedMinutes, "estimatedMinutes", 1...600)
        check.require(prerequisites.count <= 50, "prerequisites", "must have at most 50 entries")
        for (index, prerequisite) in prerequisites.enumerated() {
            check.require(
                CatalogIdentifier.isItemID(prerequisite), "prerequisites[\(index)]", "must be a lesson id")
        }
        check.require(!prerequisites.contains(id), "prerequisites", "must not name the lesson itself")
        check.require(objectives.count <= 20, "objectives", "must have at most 20 entries")
        for (index, objective) in objectives.enumerated() {
            check.length(objective, "objectives[\(index)]", max: 500)
        }
        check.require(!body.trimmingWhitespace().isEmpty, "body", "must not be empty")
        check.require(body.count <= 200_000, "body", "must be at most 200000 characters")
        check.range(version, "version", 1...Int.max)
        return unknownFields + check.errors
    }

    /// The record for `course`; position, version and timestamps are the store's to set (a new lesson goes after
    /// the course's last, an updated one keeps its place).
    func record(course: CourseRecord) -> LessonRecord {
        LessonRecord(
            id: id, courseId: course.id, exam: course.exam, title: title.trimmingWhitespace(),
            taskStatement: taskStatement, services: services.map { $0.trimmingWhitespace() },
            estimatedMinutes: estimatedMinutes, prerequisites: prerequisites,
            objectives: objectives.map { $0.trimmingWhitespace() }, body: body, position: 0)
    }
}
