extension CatalogValidator {
    /// Courses and the lesson tags in `course.json`, then each lesson's Markdown.
    func checkCourses(_ catalog: ContentCatalog, _ index: LessonIndex, _ findings: inout CatalogFindings) {
        var courseIds: Set<String> = []
        var lessonIds: Set<String> = []
        for course in catalog.courses {
            let file = "courses/\(course.id)/course.json"
            func report(_ rule: CatalogRule, _ message: String) {
                findings.add(file, course.id, rule, message)
            }
            let prefix = CatalogText.idPrefix(exam: course.exam)
            if !courseIds.insert(course.id).inserted { report(.duplicateId, "another course has the same id") }
            if !CatalogText.isKebabCase(course.id) || !course.id.hasPrefix(prefix) {
                report(.field, "course ids are kebab-case and start with \(prefix)")
            }
            if CatalogText.isBlank(course.title) { report(.field, "title is empty") }
            if CatalogText.isBlank(course.summary) { report(.field, "summary is empty") }
            if course.services.isEmpty || course.services.contains(where: { CatalogText.isBlank($0) }) {
                report(.field, "services must list at least one AWS service and no empty names")
            }
            if course.lessons.isEmpty { report(.field, "the course has no lessons") }
            let exam = catalog.exam(course.exam)
            let domain = exam?.domain(course.domain)
            if exam == nil {
                report(.reference, "exam \(course.exam) is not in the catalog")
            } else if domain == nil {
                report(.reference, "exam \(course.exam) has no domain \(course.domain)")
            }
            for lesson in course.lessons {
                if !lessonIds.insert(lesson.id).inserted {
                    findings.add(file, lesson.id, .duplicateId, "another lesson has the same id")
                }
                checkLessonTags(lesson, course, domain, index, &findings)
                checkLessonBody(lesson, course, &findings)
            }
        }
    }

    private func checkLessonTags(
        _ lesson: Lesson, _ course: Course, _ domain: ExamDomain?, _ index: LessonIndex,
        _ findings: inout CatalogFindings
    ) {
        func report(_ rule: CatalogRule, _ message: String) {
            findings.add("courses/\(course.id)/course.json", lesson.id, rule, message)
        }
        let prefix = CatalogText.idPrefix(exam: course.exam)
        if !CatalogText.isKebabCase(lesson.id) || !lesson.id.hasPrefix(prefix) {
            report(.field, "lesson ids are kebab-case and start with \(prefix)")
        }
        if CatalogText.isBlank(lesson.title) { report(.field, "title is empty") }
        if let domain, !domain.taskStatements.contains(where: { $0.id == lesson.taskStatement }) {
            report(
                .reference,
                "task statement \(lesson.taskStatement) is not in domain \(domain.number) of \(course.exam)")
        }
        if lesson.services.isEmpty || lesson.services.contains(where: { CatalogText.isBlank($0) }) {
            report(.field, "services must list at least one AWS service and no empty names")
        }
        if !(1...240).contains(lesson.estimatedMinutes) {
            report(.field, "estimatedMinutes \(lesson.estimatedMinutes) is not 1–240")
        }
        if lesson.objectives.isEmpty || lesson.objectives.contains(where: { CatalogText.isBlank($0) }) {
            report(.field, "objectives must list at least one objective and no empty ones")
        }
        if Set(lesson.prerequisites).count != lesson.prerequisites.count {
            report(.duplicateId, "prerequisites repeat a lesson")
        }
        for prerequisite in lesson.prerequisites {
            if prerequisite == lesson.id {
                report(.prerequisiteCycle, "a lesson cannot require itself")
            } else if let entry = index[prerequisite] {
                if entry.course.exam != course.exam {
                    report(
                        .reference, "prerequisite \(prerequisite) belongs to \(entry.course.exam), not \(course.exam)")
                }
            } else {
                report(.reference, "prerequisite \(prerequisite) is not a lesson in the catalog")
            }
        }
    }

    private func checkLessonBody(_ lesson: Lesson, _ course: Course, _ findings: inout CatalogFindings) {
        let file = "courses/\(course.id)/lessons/\(lesson.id).md"
        func report(_ rule: CatalogRule, _ message: String) {
            findings.add(file, lesson.id, rule, message)
        }
        guard let body = lesson.body else {
            report(.lessonBody, "the lesson has no Markdown file")
            return
        }
        let words = CatalogText.wordCount(body)
        if words < requirements.minimumLessonWords {
            report(.lessonLength, "has \(words) words; at least \(requirements.minimumLessonWords) are required")
        }
        let outline = LessonOutline(body)
        if let title = outline.title {
            if title != CatalogText.trimmed(lesson.title) {
                report(.lessonSections, "heading \"\(title)\" differs from the course.json title \"\(lesson.title)\"")
            }
        } else {
            report(.lessonSections, "must start with a `# Title` line")
        }
        for message in outline.sectionProblems() {
            report(.lessonSections, message)
        }
    }
}
