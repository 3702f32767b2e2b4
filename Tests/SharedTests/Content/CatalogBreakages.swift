import Testing

@testable import Shared

/// One way to break the fixture catalog and the problem the validator must report for it.
struct CatalogBreakage: Sendable, CustomTestStringConvertible {
    let name: String
    /// The problem that must be reported.
    let file: String
    let id: String
    let rule: CatalogRule
    /// Rules that may also be reported because the same change breaks them too; nothing else may appear.
    let alsoBroken: Set<CatalogRule>
    let change: @Sendable (inout ContentCatalog) -> Void

    init(
        _ name: String, _ file: String, _ id: String, _ rule: CatalogRule, also alsoBroken: Set<CatalogRule> = [],
        change: @escaping @Sendable (inout ContentCatalog) -> Void
    ) {
        self.name = name
        self.file = file
        self.id = id
        self.rule = rule
        self.alsoBroken = alsoBroken
        self.change = change
    }

    var testDescription: String { name }
}

extension CatalogBreakage {
    static let exam = "exams/XYZ-C01.json"
    static let course = "courses/xyz-d1-first-domain/course.json"
    static let basicsBody = "courses/xyz-d1-first-domain/lessons/xyz-basics.md"
    static let bank1 = "questions/XYZ-C01/d1.json"
    static let bank2 = "questions/XYZ-C01/d2.json"

    static let all: [CatalogBreakage] = exams + courses + lessons + questions + choices

    static let exams: [CatalogBreakage] = [
        .init("empty version", "VERSION", "", .version) { $0.version = "  \n" },
        .init("exam without title", exam, "XYZ-C01", .field) { $0.exams[0].title = "" },
        .init("passing score off the scale", exam, "XYZ-C01", .field) { $0.exams[0].passingScore = 1200 },
        .init("impossible date", exam, "XYZ-C01", .field) { $0.exams[0].availableFrom = "2024-02-30" },
        .init("available after last day", "exams/XYZ-C00.json", "XYZ-C00", .field) {
            $0.exams[1].availableFrom = "2025-01-01"
        },
        .init("no question types", exam, "XYZ-C01", .field) { $0.exams[0].questionTypes = [] },
        .init("task statement misnumbered", exam, "XYZ-C01", .field, also: [.reference]) {
            $0.exams[0].domains[0].taskStatements[1].id = "1.3"
        },
        .init("weights sum to 101", exam, "XYZ-C01", .weights) { $0.exams[0].domains[0].weight = 61 },
        .init("duplicate exam code", exam, "XYZ-C01", .duplicateId) { $0.exams.append($0.exams[0]) },
        .init("retired without successor", "exams/XYZ-C00.json", "XYZ-C00", .retirement) {
            $0.exams[1].successor = nil
        },
        .init("retired without last day", "exams/XYZ-C00.json", "XYZ-C00", .retirement) { $0.exams[1].lastDay = nil },
        .init("unknown successor", "exams/XYZ-C00.json", "XYZ-C00", .retirement) {
            $0.exams[1].successor = "XYZ-C09"
        },
    ]

    static let courses: [CatalogBreakage] = [
        .init("course id not kebab-case", "courses/XYZ_D1/course.json", "XYZ_D1", .field) {
            $0.courses[0].id = "XYZ_D1"
        },
        .init("course id without exam prefix", "courses/abc-d1/course.json", "abc-d1", .field) {
            $0.courses[0].id = "abc-d1"
        },
        .init("course without summary", course, "xyz-d1-first-domain", .field) { $0.courses[0].summary = " " },
        .init("course on a missing domain", course, "xyz-d1-first-domain", .reference, also: [.totals]) {
            $0.courses[0].domain = 7
        },
        .init("lesson on another domain's task", course, "xyz-basics", .reference) {
            $0.courses[0].lessons[0].taskStatement = "2.1"
        },
        .init("lesson without minutes", course, "xyz-basics", .field) { $0.courses[0].lessons[0].estimatedMinutes = 0 },
        .init("lesson without objectives", course, "xyz-basics", .field) { $0.courses[0].lessons[0].objectives = [] },
        .init("lesson without services", course, "xyz-basics", .field) { $0.courses[0].lessons[0].services = [] },
        .init("duplicate lesson id", course, "xyz-basics", .duplicateId) {
            $0.courses[0].lessons[1].id = "xyz-basics"
            $0.courses[0].lessons[1].prerequisites = []
        },
        .init("unknown prerequisite", course, "xyz-advanced", .reference) {
            $0.courses[0].lessons[1].prerequisites = ["xyz-nowhere"]
        },
        .init("lesson requires itself", course, "xyz-advanced", .prerequisiteCycle) {
            $0.courses[0].lessons[1].prerequisites = ["xyz-advanced"]
        },
        .init("two-lesson prerequisite cycle", course, "xyz-advanced", .prerequisiteCycle) {
            $0.courses[0].lessons[0].prerequisites = ["xyz-advanced"]
        },
        .init("prerequisite from another exam", course, "xyz-advanced", .reference) {
            var old = CatalogFixtures.course
            old.id = "xyz-d1-old"
            old.exam = "XYZ-C00"
            old.lessons = [CatalogFixtures.lesson(id: "xyz-old-lesson", task: "1.1", prerequisites: [])]
            $0.courses.append(old)
            $0.courses[0].lessons[1].prerequisites = ["xyz-old-lesson"]
        },
    ]

    static let lessons: [CatalogBreakage] = [
        .init("lesson without Markdown", basicsBody, "xyz-basics", .lessonBody) { $0.courses[0].lessons[0].body = nil },
        .init("lesson too short", basicsBody, "xyz-basics", .lessonLength) {
            $0.courses[0].lessons[0].body =
                "# Lesson xyz-basics\n## Objectives\n## Key facts\n## Worked example\n## Common mistakes\n"
        },
        .init("lesson missing a section", basicsBody, "xyz-basics", .lessonSections) {
            $0.courses[0].lessons[0].body = $0.courses[0].lessons[0].body?.replacing("## Worked example", with: "")
        },
        .init("lesson sections out of order", basicsBody, "xyz-basics", .lessonSections) {
            $0.courses[0].lessons[0].body = $0.courses[0].lessons[0].body?
                .replacing("## Objectives", with: "## Placeholder")
                .replacing("## Key facts", with: "## Objectives")
                .replacing("## Placeholder", with: "## Key facts")
        },
        .init("lesson heading differs from its title", basicsBody, "xyz-basics", .lessonSections) {
            $0.courses[0].lessons[0].title = "Another title"
        },
        .init("lesson without a title line", basicsBody, "xyz-basics", .lessonSections) {
            $0.courses[0].lessons[0].body = $0.courses[0].lessons[0].body?.replacing("# Lesson xyz-basics", with: "")
        },
    ]

    static let questions: [CatalogBreakage] = [
        .init("item in the wrong domain file", bank1, "xyz-q4", .placement) {
            $0.questionBanks[0].questions.append($0.questionBanks[1].questions.removeFirst())
        },
        .init("file name without domain", "questions/XYZ-C01/domain1.json", "", .placement) {
            $0.questionBanks[0].file = "questions/XYZ-C01/domain1.json"
        },
        .init("item on a missing task statement", bank1, "xyz-q1", .reference) {
            $0.questionBanks[0].questions[0].taskStatement = "1.9"
        },
        .init("item on a missing lesson", bank1, "xyz-q1", .reference) {
            $0.questionBanks[0].questions[0].lessonId = "xyz-missing"
        },
        .init("item without tags", bank1, "xyz-q1", .field) { $0.questionBanks[0].questions[0].tags = [] },
        .init("item with an upper-case tag", bank1, "xyz-q1", .field) {
            $0.questionBanks[0].questions[0].tags = ["Storage"]
        },
        .init("duplicate item id", bank2, "xyz-q4", .duplicateId) {
            $0.questionBanks[1].questions[1].id = "xyz-q4"
        },
        .init("duplicate stem up to case and spacing", bank2, "xyz-q5", .duplicateStem) {
            $0.questionBanks[1].questions[1].stem = "which option is RIGHT   for item xyz-q4"
        },
        .init("domain share off its weight", "questions/XYZ-C01", "XYZ-C01", .spread) {
            $0.questionBanks[0].questions.append(CatalogFixtures.single(id: "xyz-q6"))
        },
    ]

    static let choices: [CatalogBreakage] = [
        .init("single with five options", bank1, "xyz-q1", .options) {
            $0.questionBanks[0].questions[0].options.append(
                QuestionOption(id: "E", text: "Option E", explanation: "No."))
        },
        .init("option ids out of order", bank1, "xyz-q1", .options) {
            $0.questionBanks[0].questions[0].options.swapAt(2, 3)
        },
        .init("two options with one text", bank1, "xyz-q1", .options) {
            $0.questionBanks[0].questions[0].options[1].text = "option a"
        },
        .init("multiple with four options", bank1, "xyz-q2", .options) {
            $0.questionBanks[0].questions[1].options.removeLast()
        },
        .init("key names no option", bank1, "xyz-q1", .answerKey) { $0.questionBanks[0].questions[0].answer = ["E"] },
        .init("no answer key", bank1, "xyz-q1", .answerKey) { $0.questionBanks[0].questions[0].answer = [] },
        .init("single with two keys", bank1, "xyz-q1", .answerKey) {
            $0.questionBanks[0].questions[0].answer = ["A", "B"]
        },
        .init("multiple without choose", bank1, "xyz-q2", .choose) { $0.questionBanks[0].questions[1].choose = nil },
        .init("choose differs from keys", bank1, "xyz-q2", .choose) { $0.questionBanks[0].questions[1].choose = 3 },
        .init("multiple choosing one", bank1, "xyz-q2", .choose) {
            $0.questionBanks[0].questions[1].answer = ["B"]
            $0.questionBanks[0].questions[1].choose = 1
        },
        .init("option without explanation", bank1, "xyz-q2", .explanation) {
            $0.questionBanks[0].questions[1].options[3].explanation = ""
        },
        .init("scenario without model answer", bank1, "xyz-q3", .rubric) {
            $0.questionBanks[0].questions[2].modelAnswer = nil
        },
        .init("scenario without rubric", bank1, "xyz-q3", .rubric) { $0.questionBanks[0].questions[2].rubric = nil },
        .init("rubric term in upper case", bank1, "xyz-q3", .rubric) {
            $0.questionBanks[0].questions[2].rubric?.concepts[0].terms = ["Versioning"]
        },
        .init("rubric without concepts", bank1, "xyz-q3", .rubric) {
            $0.questionBanks[0].questions[2].rubric?.concepts = []
        },
        .init("rubric without misconceptions", bank1, "xyz-q3", .rubric) {
            $0.questionBanks[0].questions[2].rubric?.misconceptions = []
        },
        .init("misconception penalty out of range", bank1, "xyz-q3", .rubric) {
            $0.questionBanks[0].questions[2].rubric?.misconceptions[0].penalty = 0
        },
        .init("scenario with options", bank1, "xyz-q3", .options) {
            $0.questionBanks[0].questions[2].options = [QuestionOption(id: "A", text: "Yes", explanation: "Yes.")]
        },
    ]
}
