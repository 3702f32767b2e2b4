extension CatalogValidator {
    /// Exam blueprints: codes, dates, counts, retirement, domain numbering and weights, task statements.
    func checkExams(_ catalog: ContentCatalog, _ findings: inout CatalogFindings) {
        var codes: Set<String> = []
        for exam in catalog.exams {
            let file = "exams/\(exam.code).json"
            func report(_ rule: CatalogRule, _ message: String) {
                findings.add(file, exam.code, rule, message)
            }
            if !codes.insert(exam.code).inserted { report(.duplicateId, "another blueprint has the same code") }
            if !CatalogText.isExamCode(exam.code) { report(.field, "code must look like SAA-C03") }
            if CatalogText.isBlank(exam.title) { report(.field, "title is empty") }
            if CatalogText.isBlank(exam.guideVersion) { report(.field, "guideVersion is empty") }
            if exam.durationMinutes <= 0 { report(.field, "durationMinutes must be positive") }
            if exam.scoredItems <= 0 { report(.field, "scoredItems must be positive") }
            if exam.unscoredItems < 0 { report(.field, "unscoredItems cannot be negative") }
            if !(100...1000).contains(exam.passingScore) {
                report(.field, "passingScore \(exam.passingScore) is off the 100–1000 scaled score")
            }
            if exam.questionTypes.isEmpty { report(.field, "questionTypes is empty") }
            if Set(exam.questionTypes).count != exam.questionTypes.count {
                report(.duplicateId, "questionTypes repeats a type")
            }
            checkDates(exam, catalog, report)
            checkDomains(exam, report)
        }
    }

    private func checkDates(
        _ exam: ExamBlueprint, _ catalog: ContentCatalog, _ report: (CatalogRule, String) -> Void
    ) {
        for (name, date) in [("availableFrom", exam.availableFrom), ("lastDay", exam.lastDay)] {
            if let date, !CatalogText.isISODate(date) { report(.field, "\(name) \(date) is not a yyyy-MM-dd date") }
        }
        if let from = exam.availableFrom, let last = exam.lastDay, from > last {
            report(.field, "availableFrom \(from) is after lastDay \(last)")
        }
        if exam.status == .retired {
            if exam.lastDay == nil { report(.retirement, "a retired exam needs its lastDay") }
            if exam.successor == nil { report(.retirement, "a retired exam needs its successor") }
        }
        if let successor = exam.successor {
            if successor == exam.code {
                report(.retirement, "an exam cannot succeed itself")
            } else if catalog.exam(successor) == nil {
                report(.retirement, "successor \(successor) is not in the catalog")
            }
        }
    }

    private func checkDomains(_ exam: ExamBlueprint, _ report: (CatalogRule, String) -> Void) {
        guard !exam.domains.isEmpty else {
            report(.field, "the blueprint has no domains")
            return
        }
        var names: Set<String> = []
        for (offset, domain) in exam.domains.enumerated() {
            if domain.number != offset + 1 {
                report(.field, "domain \(domain.number) is out of order; number domains 1, 2, … as the guide does")
            }
            if CatalogText.isBlank(domain.name) { report(.field, "domain \(domain.number) has no name") }
            if !names.insert(domain.name).inserted { report(.duplicateId, "domain name \(domain.name) repeats") }
            if !(1...100).contains(domain.weight) {
                report(.weights, "domain \(domain.number) weight \(domain.weight) is not 1–100")
            }
            if domain.taskStatements.isEmpty { report(.field, "domain \(domain.number) has no task statements") }
            for (index, task) in domain.taskStatements.enumerated() {
                let expected = "\(domain.number).\(index + 1)"
                if task.id != expected { report(.field, "task statement \(task.id) should be numbered \(expected)") }
                if CatalogText.isBlank(task.title) { report(.field, "task statement \(task.id) has no title") }
            }
        }
        let total = exam.domains.reduce(0) { $0 + $1.weight }
        if total != 100 { report(.weights, "domain weights sum to \(total), not 100") }
    }
}
