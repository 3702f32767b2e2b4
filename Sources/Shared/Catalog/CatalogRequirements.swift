/// The numeric thresholds the validator applies. The defaults are the catalog's acceptance criteria; tests of a
/// single rule lower the totals so that a tiny catalog can pass everything else.
public struct CatalogRequirements: Sendable, Hashable {
    /// The fewest words a lesson's Markdown may have.
    public var minimumLessonWords: Int
    /// How far, in percentage points, a domain's share of an exam's items may sit from its official weight.
    public var spreadTolerance: Double
    /// The exams with complete learning content and question banks.
    public var coreExams: [String]
    /// The fewest question items over the core exams together.
    public var minimumCoreItems: Int
    /// The fewest scenario items over the core exams together.
    public var minimumCoreScenarios: Int
    /// The fewest lessons over the core exams together.
    public var minimumCoreLessons: Int

    public init(
        minimumLessonWords: Int = 400, spreadTolerance: Double = 3, coreExams: [String] = ["CLF-C02", "SAA-C03"],
        minimumCoreItems: Int = 300, minimumCoreScenarios: Int = 40, minimumCoreLessons: Int = 40
    ) {
        self.minimumLessonWords = minimumLessonWords
        self.spreadTolerance = spreadTolerance
        self.coreExams = coreExams
        self.minimumCoreItems = minimumCoreItems
        self.minimumCoreScenarios = minimumCoreScenarios
        self.minimumCoreLessons = minimumCoreLessons
    }
}
