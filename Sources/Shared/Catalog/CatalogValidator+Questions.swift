extension CatalogValidator {
    /// Question banks: placement, tags, duplicate ids and stems, then the rules of each item type.
    func checkQuestions(_ catalog: ContentCatalog, _ index: LessonIndex, _ findings: inout CatalogFindings) {
        var ids: Set<String> = []
        var stems: [String: String] = [:]
        for bank in catalog.questionBanks {
            let placement = bank.expectedPlacement
            if placement == nil {
                findings.add(bank.file, "", .placement, "name question files questions/<CODE>/d<N>.json")
            } else if let placement, catalog.exam(placement.exam) == nil {
                findings.add(
                    bank.file, "", .reference, "folder names exam \(placement.exam), which is not in the catalog")
            }
            for question in bank.questions {
                func report(_ rule: CatalogRule, _ message: String) {
                    findings.add(bank.file, question.id, rule, message)
                }
                if CatalogText.isBlank(question.id) || question.id.contains(where: \.isWhitespace) {
                    report(.field, "the id is empty or contains whitespace")
                }
                if !ids.insert(question.id).inserted { report(.duplicateId, "an earlier item has the same id") }
                if let placement, placement.exam != question.exam || placement.domain != question.domain {
                    report(
                        .placement,
                        "is tagged \(question.exam) domain \(question.domain) but sits in the file for "
                            + "\(placement.exam) domain \(placement.domain)")
                }
                checkReferences(question, catalog, index, report)
                if CatalogText.isBlank(question.stem) {
                    report(.field, "the stem is empty")
                } else {
                    let stem = CatalogText.normalizedStem(question.stem)
                    if let earlier = stems[stem] {
                        report(.duplicateStem, "has the same stem as \(earlier)")
                    } else {
                        stems[stem] = question.id
                    }
                }
                if question.tags.isEmpty { report(.field, "tags is empty") }
                for tag in question.tags where CatalogText.isBlank(tag) || tag != tag.lowercased() {
                    report(.field, "tag \"\(tag)\" must be a non-empty lower-case topic")
                }
                if question.services.contains(where: { CatalogText.isBlank($0) }) {
                    report(.field, "services has an empty name")
                }
                switch question.type {
                case .single, .multiple: checkChoice(question, report)
                case .scenario: checkScenario(question, report)
                }
            }
        }
    }

    private func checkReferences(
        _ question: Question, _ catalog: ContentCatalog, _ index: LessonIndex,
        _ report: (CatalogRule, String) -> Void
    ) {
        if let exam = catalog.exam(question.exam) {
            if let domain = exam.domain(question.domain) {
                if !domain.taskStatements.contains(where: { $0.id == question.taskStatement }) {
                    report(
                        .reference,
                        "task statement \(question.taskStatement) is not in domain \(domain.number) of \(exam.code)")
                }
            } else {
                report(.reference, "exam \(question.exam) has no domain \(question.domain)")
            }
        } else {
            report(.reference, "exam \(question.exam) is not in the catalog")
        }
        if let lessonId = question.lessonId {
            if let entry = index[lessonId] {
                if entry.course.exam != question.exam {
                    report(.reference, "lesson \(lessonId) teaches \(entry.course.exam), not \(question.exam)")
                }
            } else {
                report(.reference, "lesson \(lessonId) is not in the catalog")
            }
        }
    }

    /// Single-answer and multiple-response items.
    private func checkChoice(_ question: Question, _ report: (CatalogRule, String) -> Void) {
        let options = question.options
        let single = question.type == .single
        if single && options.count != 4 {
            report(.options, "single-answer items have exactly four options A–D, not \(options.count)")
        } else if !single && options.count < 5 {
            report(.options, "multiple-response items have at least five options, not \(options.count)")
        }
        let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
        if options.map(\.id) != Array(letters.prefix(options.count)) {
            report(.options, "option ids must be A, B, C, … in order")
        }
        var texts: [String: String] = [:]
        for option in options {
            if CatalogText.isBlank(option.text) { report(.explanation, "option \(option.id) has no text") }
            if CatalogText.isBlank(option.explanation) {
                report(.explanation, "option \(option.id) has no explanation of why it is right or wrong")
            }
            let text = CatalogText.normalizedStem(option.text)
            if let earlier = texts[text] {
                report(.options, "options \(earlier) and \(option.id) have the same text")
            } else {
                texts[text] = option.id
            }
        }
        let keys = question.answer
        let optionIds = Set(options.map(\.id))
        if keys.isEmpty { report(.answerKey, "has no answer key") }
        if Set(keys).count != keys.count { report(.answerKey, "the answer key repeats an option") }
        for key in keys where !optionIds.contains(key) {
            report(.answerKey, "key \(key) names no option")
        }
        if single {
            if keys.count > 1 { report(.answerKey, "single-answer items have exactly one key, not \(keys.count)") }
            if let choose = question.choose, choose != 1 {
                report(.choose, "single-answer items choose one, not \(choose)")
            }
            return
        }
        if !options.isEmpty && Set(keys).count >= options.count {
            report(.answerKey, "every option is a key; at least one must be wrong")
        }
        guard let choose = question.choose else {
            report(.choose, "multiple-response items must state how many to choose")
            return
        }
        if choose < 2 { report(.choose, "multiple-response items choose at least two, not \(choose)") }
        if choose != keys.count { report(.choose, "says choose \(choose) but has \(keys.count) keys") }
    }

    /// Free-text scenario items and their rubrics.
    private func checkScenario(_ question: Question, _ report: (CatalogRule, String) -> Void) {
        if !question.options.isEmpty { report(.options, "scenario items have no options") }
        if !question.answer.isEmpty { report(.answerKey, "scenario items have no answer key") }
        if question.choose != nil { report(.choose, "scenario items have no choose") }
        if CatalogText.isBlank(question.modelAnswer) { report(.rubric, "the scenario has no model answer") }
        guard let rubric = question.rubric else {
            report(.rubric, "the scenario has no rubric")
            return
        }
        if rubric.concepts.isEmpty { report(.rubric, "the rubric has no concepts") }
        if rubric.misconceptions.isEmpty { report(.rubric, "the rubric has no misconceptions") }
        var conceptIds: Set<String> = []
        for concept in rubric.concepts {
            if CatalogText.isBlank(concept.id) || !conceptIds.insert(concept.id).inserted {
                report(.rubric, "concept id \"\(concept.id)\" is empty or repeated")
            }
            if CatalogText.isBlank(concept.description) { report(.rubric, "concept \(concept.id) has no description") }
            if concept.weight <= 0 { report(.rubric, "concept \(concept.id) weight must be positive") }
            checkTerms(concept.terms, "concept \(concept.id)", report)
        }
        var misconceptionIds: Set<String> = []
        for misconception in rubric.misconceptions {
            let name = "misconception \(misconception.id)"
            if CatalogText.isBlank(misconception.id) || !misconceptionIds.insert(misconception.id).inserted {
                report(.rubric, "misconception id \"\(misconception.id)\" is empty or repeated")
            }
            if CatalogText.isBlank(misconception.description) { report(.rubric, "\(name) has no description") }
            if !(1...100).contains(misconception.penalty) {
                report(.rubric, "\(name) penalty \(misconception.penalty) is not 1–100 points")
            }
            checkTerms(misconception.terms, name, report)
        }
    }

    private func checkTerms(_ terms: [String], _ owner: String, _ report: (CatalogRule, String) -> Void) {
        if terms.isEmpty { report(.rubric, "\(owner) has no terms") }
        for term in terms where CatalogText.isBlank(term) || term != term.lowercased() {
            report(.rubric, "\(owner) term \"\(term)\" must be non-empty and lower case")
        }
    }
}
