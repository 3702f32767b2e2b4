import Shared

/// The body of `POST /courses` and `PUT /courses/{id}` (`CourseInput`): checked field by field, unknown members
/// refused. The rules that need the catalog (the exam exists, the domain is one of its domains) are checked by the
/// handler.
struct CourseInput: Decodable, Validatable, Sendable {
    var id: String
    var title: String
    var summary: String
    var exam: String
    var domain: Int
    var level: String
    var tier: String
    var services: [String]
    var version: Int?
    var unknownFields: [FieldError] = []

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, summary, exam, domain, level, tier, services, version
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        summary = try container.decode(String.self, forKey: .summary)
        exam = try container.decode(String.self, forKey: .exam)
        domain = try container.decode(Int.self, forKey: .domain)
        level = try container.decode(String.self, forKey: .level)
        tier = try container.decode(String.self, forKey: .tier)
        services = try container.decode([String].self, forKey: .services)
        version = try container.decodeIfPresent(Int.self, forKey: .version)
        unknownFields = try KnownFields.unknown(in: decoder, allowed: Set(CodingKeys.allCases.map(\.rawValue)))
    }

    func validate() -> [FieldError] {
        var check = Validator()
        check.require(CatalogIdentifier.isItemID(id), "id", "must be lower-case kebab-case, at most 128 characters")
        check.length(title, "title", max: 200)
        check.length(summary, "summary", max: 2000)
        check.require(CatalogIdentifier.isExamCode(exam), "exam", "must be an exam code such as SAA-C03")
        check.range(domain, "domain", 1...10)
        check.require(
            CertificationLevel(rawValue: level) != nil, "level",
            "must be one of foundational, associate, "
                + "professional, specialty")
        check.require(Tier(rawValue: tier) != nil, "tier", "must be one of free, premium, enterprise")
        check.require(services.count <= 50, "services", "must have at most 50 entries")
        for (index, service) in services.enumerated() {
            check.length(service, "services[\(index)]", max: 100)
        }
        check.range(version, "version", 1...Int.max)
        return unknownFields + check.errors
    }

    /// The record this input describes; counters and version are the store's to set.
    func record() -> CourseRecord {
        CourseRecord(
            id: id, title: title.trimmingWhitespace(), summary: summary.trimmingWhitespace(), exam: exam,
            domain: domain, level: CertificationLevel(rawValue: level) ?? .foundational,
            tier: Tier(rawValue: tier) ?? .free,
            services: services.map { $0.trimmingWhitespace() })
    }
}
