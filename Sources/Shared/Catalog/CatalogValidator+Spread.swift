extension CatalogValidator {
    /// Each domain's share of an exam's items must sit within the tolerance of its official weight. Exams without
    /// items are skipped: they have no bank yet.
    func checkSpread(_ counts: [ExamCount], _ findings: inout CatalogFindings) {
        for exam in counts where exam.items > 0 {
            for domain in exam.domains {
                let share = exam.share(of: domain)
                // The epsilon keeps a share of exactly weight ± tolerance inside despite floating-point rounding.
                guard abs(share - Double(domain.weight)) > requirements.spreadTolerance + 1e-9 else { continue }
                findings.add(
                    "questions/\(exam.exam)", exam.exam, .spread,
                    "domain \(domain.number) holds \(CatalogReport.percent(share)) of the items "
                        + "(\(domain.items) of \(exam.items)); its weight is \(domain.weight)%, "
                        + "and the tolerance is \(CatalogReport.percent(requirements.spreadTolerance)) points")
            }
        }
    }

    /// The core exams together must reach the required numbers of items, scenario items and lessons.
    func checkTotals(_ counts: [ExamCount], _ findings: inout CatalogFindings) {
        let core = counts.filter { requirements.coreExams.contains($0.exam) }
        let name = requirements.coreExams.joined(separator: "+")
        let totals = [
            ("question items", core.reduce(0) { $0 + $1.items }, requirements.minimumCoreItems),
            ("scenario items", core.reduce(0) { $0 + $1.scenarios }, requirements.minimumCoreScenarios),
            ("lessons", core.reduce(0) { $0 + $1.lessons }, requirements.minimumCoreLessons),
        ]
        for (what, count, minimum) in totals where count < minimum {
            findings.add("content", name, .totals, "\(name) have \(count) \(what); at least \(minimum) are required")
        }
    }
}
