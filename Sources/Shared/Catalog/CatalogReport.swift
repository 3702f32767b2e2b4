/// What the validator found: the broken rules and the count table per exam and domain.
public struct CatalogReport: Sendable, Hashable {
    /// In the order found: exams, courses and lessons, questions, then spread and totals.
    public var problems: [CatalogProblem]
    /// One entry per exam blueprint, in catalog order.
    public var counts: [ExamCount]

    public init(problems: [CatalogProblem], counts: [ExamCount]) {
        self.problems = problems
        self.counts = counts
    }

    /// True when no rule is broken.
    public var isValid: Bool { problems.isEmpty }

    /// The problems that break one rule.
    public func problems(breaking rule: CatalogRule) -> [CatalogProblem] {
        problems.filter { $0.rule == rule }
    }

    /// The count table as aligned plain text, one row per exam domain and a total row per exam, for logs and the
    /// seeding script.
    public var table: String {
        let header = ["Exam", "Domain", "Weight", "Lessons", "Single", "Multiple", "Scenario", "Items", "Share"]
        var rows: [[String]] = []
        for exam in counts {
            for domain in exam.domains {
                rows.append([
                    exam.exam, "\(domain.number) \(Self.clipped(domain.name, to: 44))", "\(domain.weight)%",
                    "\(domain.lessons)", "\(domain.single)", "\(domain.multiple)", "\(domain.scenario)",
                    "\(domain.items)", Self.percent(exam.share(of: domain)),
                ])
            }
            let single = exam.domains.reduce(0) { $0 + $1.single }
            let multiple = exam.domains.reduce(0) { $0 + $1.multiple }
            rows.append([
                exam.exam, "total", "\(exam.domains.reduce(0) { $0 + $1.weight })%", "\(exam.lessons)", "\(single)",
                "\(multiple)", "\(exam.scenarios)", "\(exam.items)", exam.items == 0 ? "-" : "100.0%",
            ])
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { row in
            row.indices.map { column in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                // Names read best left-aligned, numbers right-aligned.
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// One decimal place, written by hand because FoundationEssentials has no `String(format:)`.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private static func clipped(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
