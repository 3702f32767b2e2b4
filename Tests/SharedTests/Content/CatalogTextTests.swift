import Testing

@testable import Shared

@Suite("Catalog text rules")
struct CatalogTextTests {
    @Test(
        "dates must be real yyyy-MM-dd days",
        arguments: [
            ("2025-09-29", true), ("2024-02-29", true), ("2023-02-29", false), ("2100-02-29", false),
            ("2000-02-29", true), ("2025-13-01", false), ("2025-9-29", false), ("29/09/2025", false), ("", false),
        ])
    func isoDates(text: String, valid: Bool) {
        #expect(CatalogText.isISODate(text) == valid)
    }

    @Test(
        "ids are kebab-case",
        arguments: [
            ("clf-d1-cloud-concepts", true), ("saa-s3", true), ("Clf-d1", false), ("clf--d1", false),
            ("clf-d1-", false), ("clf_d1", false), ("", false),
        ])
    func kebabCase(text: String, valid: Bool) {
        #expect(CatalogText.isKebabCase(text) == valid)
    }

    @Test(
        "exam codes look like AWS's",
        arguments: [("SAA-C03", true), ("CLF-C02", true), ("saa-c03", false), ("SAA-03", false), ("SAAC03", false)])
    func examCodes(code: String, valid: Bool) {
        #expect(CatalogText.isExamCode(code) == valid)
    }

    @Test("the id prefix is the exam family in lower case")
    func idPrefix() {
        #expect(CatalogText.idPrefix(exam: "CLF-C02") == "clf-")
        #expect(CatalogText.idPrefix(exam: "SAA-C03") == "saa-")
    }

    @Test(
        "words are tokens with a letter or digit; Markdown markers do not count",
        arguments: [
            ("# Title", 1), ("- one two", 2), ("| a | b |", 2), ("**bold** text", 2), ("  ", 0),
            ("3 AZs, 2 Regions.", 4),
        ])
    func wordCount(text: String, words: Int) {
        #expect(CatalogText.wordCount(text) == words)
    }

    @Test("stems compare without case, spacing or trailing punctuation")
    func normalizedStem() {
        #expect(CatalogText.normalizedStem("Which  service\nstores objects?") == "which service stores objects")
        #expect(CatalogText.normalizedStem("Which service stores objects") == "which service stores objects")
    }

    @Test("the outline ignores headings inside code fences and finds the title only on the first line")
    func outline() {
        let outline = LessonOutline(
            "\n# Title\n\n```\n## Objectives\n```\n## Objectives\ntext\n# Not a title\n## Key facts\n")
        #expect(outline.title == "Title")
        #expect(outline.sections == ["Objectives", "Key facts"])
        #expect(
            outline.sectionProblems() == [
                "lacks the section ## Worked example", "lacks the section ## Common mistakes",
            ])
        #expect(LessonOutline("Intro first\n# Title").title == nil)
    }

    @Test(
        "question file names promise an exam and a domain",
        arguments: [
            ("questions/SAA-C03/d1.json", "SAA-C03", 1), ("questions/CLF-C02/d4-part2.json", "CLF-C02", 4),
            ("questions/SAA-C03/domain1.json", nil, nil), ("questions/SAA-C03/d0.json", nil, nil),
            ("questions/d1.json", nil, nil), ("questions/SAA-C03/d1-.json", nil, nil),
        ] as [(String, String?, Int?)])
    func placement(file: String, exam: String?, domain: Int?) {
        let placement = QuestionBank(file: file, questions: []).expectedPlacement
        #expect(placement?.exam == exam)
        #expect(placement?.domain == domain)
    }
}
