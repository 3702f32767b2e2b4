/// How much content the catalog holds for one exam, per domain: the count table the validator prints.
public struct ExamCount: Sendable, Hashable {
    /// One domain's row.
    public struct Domain: Sendable, Hashable {
        public var number: Int
        public var name: String
        /// The official weight, percent of scored content.
        public var weight: Int
        public var lessons: Int
        public var single: Int
        public var multiple: Int
        public var scenario: Int

        public init(
            number: Int, name: String, weight: Int, lessons: Int = 0, single: Int = 0, multiple: Int = 0,
            scenario: Int = 0
        ) {
            self.number = number
            self.name = name
            self.weight = weight
            self.lessons = lessons
            self.single = single
            self.multiple = multiple
            self.scenario = scenario
        }

        /// Question items of every type.
        public var items: Int { single + multiple + scenario }
    }

    public var exam: String
    public var domains: [Domain]

    public init(exam: String, domains: [Domain]) {
        self.exam = exam
        self.domains = domains
    }

    public var lessons: Int { domains.reduce(0) { $0 + $1.lessons } }
    public var items: Int { domains.reduce(0) { $0 + $1.items } }
    public var scenarios: Int { domains.reduce(0) { $0 + $1.scenario } }

    /// The domain's share of the exam's items in percent, or 0 when the exam has no items yet.
    public func share(of domain: Domain) -> Double {
        items == 0 ? 0 : Double(domain.items) * 100 / Double(items)
    }

    /// Counts lessons and items per domain of every exam in the catalog. Content tagged with a domain the blueprint
    /// lacks is left out (the validator reports it as a bad reference).
    static func counts(of catalog: ContentCatalog) -> [ExamCount] {
        catalog.exams.map { exam in
            let domains = exam.domains.map { domain in
                var row = Domain(number: domain.number, name: domain.name, weight: domain.weight)
                for course in catalog.courses where course.exam == exam.code && course.domain == domain.number {
                    row.lessons += course.lessons.count
                }
                for question in catalog.questions where question.exam == exam.code && question.domain == domain.number {
                    switch question.type {
                    case .single: row.single += 1
                    case .multiple: row.multiple += 1
                    case .scenario: row.scenario += 1
                    }
                }
                return row
            }
            return ExamCount(exam: exam.code, domains: domains)
        }
    }
}
