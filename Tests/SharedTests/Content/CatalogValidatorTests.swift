import Testing

@testable import Shared

@Suite("CatalogValidator")
struct CatalogValidatorTests {
    let validator = CatalogValidator(requirements: CatalogFixtures.requirements)

    @Test("the fixture catalog breaks no rule")
    func fixtureIsValid() {
        let report = validator.validate(CatalogFixtures.catalog)
        #expect(report.problems == [])
        #expect(report.isValid)
    }

    @Test("each broken rule is reported where it was broken, and nothing unrelated is", arguments: CatalogBreakage.all)
    func reportsBreakage(_ breakage: CatalogBreakage) {
        var catalog = CatalogFixtures.catalog
        breakage.change(&catalog)
        let report = validator.validate(catalog)
        let expected = report.problems.filter {
            $0.rule == breakage.rule && $0.file == breakage.file && $0.id == breakage.id
        }
        #expect(
            !expected.isEmpty, "expected \(breakage.rule) at \(breakage.file) \(breakage.id); got \(report.problems)")
        let unrelated = report.problems.filter { $0.rule != breakage.rule && !breakage.alsoBroken.contains($0.rule) }
        #expect(unrelated == [])
        #expect(!report.isValid)
    }

    @Test("a three-lesson cycle is reported once, from its smallest lesson id")
    func cycleReportedOnce() {
        var catalog = CatalogFixtures.catalog
        catalog.courses[0].lessons.append(
            CatalogFixtures.lesson(id: "xyz-capstone", task: "1.2", prerequisites: ["xyz-advanced"]))
        catalog.courses[0].lessons[0].prerequisites = ["xyz-capstone"]
        let cycles = validator.validate(catalog).problems(breaking: .prerequisiteCycle)
        #expect(cycles.count == 1)
        #expect(cycles.first?.id == "xyz-advanced")
        #expect(cycles.first?.message.contains("xyz-advanced → xyz-basics → xyz-capstone → xyz-advanced") == true)
    }

    @Test(
        "a domain may sit up to the tolerance from its weight, not beyond",
        arguments: [(63, 37, true), (57, 43, true), (64, 36, false), (56, 44, false), (60, 40, true)])
    func spreadTolerance(first: Int, second: Int, passes: Bool) {
        let counts = [
            ExamCount(
                exam: "XYZ-C01",
                domains: [
                    .init(number: 1, name: "First", weight: 60, single: first),
                    .init(number: 2, name: "Second", weight: 40, single: second),
                ])
        ]
        var findings = CatalogFindings()
        validator.checkSpread(counts, &findings)
        #expect(findings.problems.isEmpty == passes)
        #expect(findings.problems.allSatisfy { $0.rule == .spread && $0.id == "XYZ-C01" })
    }

    @Test("an exam with no items yet is not checked for spread")
    func emptyExamHasNoSpread() {
        var findings = CatalogFindings()
        validator.checkSpread(
            [ExamCount(exam: "DVA-C02", domains: [.init(number: 1, name: "One", weight: 100)])], &findings)
        #expect(findings.problems.isEmpty)
    }

    @Test(
        "the core exams must reach each total",
        arguments: [
            (
                CatalogRequirements(
                    coreExams: ["XYZ-C01"], minimumCoreItems: 6, minimumCoreScenarios: 1, minimumCoreLessons: 2),
                "question items"
            ),
            (
                CatalogRequirements(
                    coreExams: ["XYZ-C01"], minimumCoreItems: 5, minimumCoreScenarios: 2, minimumCoreLessons: 2),
                "scenario items"
            ),
            (
                CatalogRequirements(
                    coreExams: ["XYZ-C01"], minimumCoreItems: 5, minimumCoreScenarios: 1, minimumCoreLessons: 3),
                "lessons"
            ),
        ])
    func totals(requirements: CatalogRequirements, shortOf: String) {
        var requirements = requirements
        requirements.minimumLessonWords = CatalogFixtures.requirements.minimumLessonWords
        let problems = CatalogValidator(requirements: requirements).validate(CatalogFixtures.catalog).problems
        #expect(problems.count == 1)
        #expect(problems.first?.rule == .totals)
        #expect(problems.first?.message.contains(shortOf) == true)
    }

    @Test("the counts follow the blueprint's domains and the items' types")
    func counts() throws {
        let report = validator.validate(CatalogFixtures.catalog)
        let exam = try #require(report.counts.first { $0.exam == "XYZ-C01" })
        #expect(exam.domains.map(\.number) == [1, 2])
        #expect(
            exam.domains[0]
                == ExamCount.Domain(
                    number: 1, name: "First Domain", weight: 60, lessons: 2, single: 1, multiple: 1, scenario: 1))
        #expect(exam.domains[1].items == 2)
        #expect(exam.share(of: exam.domains[0]) == 60)
        #expect(exam.items == 5 && exam.scenarios == 1 && exam.lessons == 2)
        #expect(report.counts.first { $0.exam == "XYZ-C00" }?.items == 0)
    }

    @Test("the printed table has a row per domain and a total per exam, with shares")
    func table() {
        let lines = validator.validate(CatalogFixtures.catalog).table.split(separator: "\n")
        #expect(lines.count == 1 + 3 + 3)
        #expect(lines[0].hasPrefix("Exam"))
        #expect(lines[1].hasPrefix("XYZ-C01  1 First Domain"))
        #expect(lines[1].hasSuffix("60.0%"))
        #expect(lines[3].contains("total") && lines[3].hasSuffix("100.0%"))
        #expect(lines[6].contains("total") && lines[6].hasSuffix("-"))
        #expect(Set(lines.map(\.count)).count == 1, "columns are padded to one width")
    }

    @Test(
        "percentages print with one decimal",
        arguments: [(60.0, "60.0%"), (33.333, "33.3%"), (2.25, "2.3%"), (0.0, "0.0%")])
    func percent(value: Double, text: String) {
        #expect(CatalogReport.percent(value) == text)
    }
}
