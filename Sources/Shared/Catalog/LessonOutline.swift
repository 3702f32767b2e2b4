/// The headings of a lesson's Markdown: its `# Title` and its `## ` sections, ignoring fenced code blocks.
struct LessonOutline: Sendable, Hashable {
    /// The sections every lesson has, in this order (other sections may sit between them).
    static let requiredSections = ["Objectives", "Key facts", "Worked example", "Common mistakes"]

    /// The text of the first non-blank line when it is a level-1 heading.
    var title: String?
    /// The level-2 headings in order.
    var sections: [String]

    init(_ markdown: String) {
        var title: String?
        var sections: [String] = []
        var sawContent = false
        var inFence = false
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = CatalogText.trimmed(rawLine)
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                inFence.toggle()
                sawContent = true
                continue
            }
            guard !inFence, !line.isEmpty else { continue }
            if !sawContent, line.hasPrefix("# ") {
                title = CatalogText.trimmed(line.dropFirst(2))
            } else if line.hasPrefix("## ") {
                sections.append(CatalogText.trimmed(line.dropFirst(3)))
            }
            sawContent = true
        }
        self.title = title
        self.sections = sections
    }

    /// What is wrong with the required sections: each missing one, then whether they are out of order.
    func sectionProblems() -> [String] {
        var problems: [String] = []
        var positions: [Int] = []
        for required in Self.requiredSections {
            if let position = sections.firstIndex(of: required) {
                positions.append(position)
            } else {
                problems.append("lacks the section ## \(required)")
            }
        }
        if positions != positions.sorted() {
            let order = Self.requiredSections.map { "## \($0)" }.joined(separator: ", ")
            problems.append("sections must come in the order \(order)")
        }
        return problems
    }
}
