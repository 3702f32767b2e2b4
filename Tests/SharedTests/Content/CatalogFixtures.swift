@testable import Shared

/// A tiny catalog that passes every rule under `CatalogFixtures.requirements`; each validator test breaks one thing.
///
/// Exam `XYZ-C01` has two domains weighted 60/40; the bank holds three domain-1 items and two domain-2 items, so the
/// spread matches the weights exactly. A retired predecessor `XYZ-C00` names `XYZ-C01` as its successor.
enum CatalogFixtures {
    static let requirements = CatalogRequirements(
        minimumLessonWords: 20, spreadTolerance: 3, coreExams: ["XYZ-C01"], minimumCoreItems: 5,
        minimumCoreScenarios: 1, minimumCoreLessons: 2)

    static var catalog: ContentCatalog {
        ContentCatalog(
            version: "1.0.0", exams: [exam, retiredExam], courses: [course],
            questionBanks: [
                QuestionBank(
                    file: "questions/XYZ-C01/d1.json",
                    questions: [single(id: "xyz-q1"), multiple(id: "xyz-q2"), scenario(id: "xyz-q3")]),
                QuestionBank(
                    file: "questions/XYZ-C01/d2.json",
                    questions: [
                        single(id: "xyz-q4", domain: 2, task: "2.1"), single(id: "xyz-q5", domain: 2, task: "2.1"),
                    ]),
            ])
    }

    static var exam: ExamBlueprint {
        ExamBlueprint(
            code: "XYZ-C01", title: "Example Exam", level: .associate, guideVersion: "1.0", status: .current,
            availableFrom: "2024-01-15", lastDay: nil, successor: nil, durationMinutes: 130, scoredItems: 50,
            unscoredItems: 15, passingScore: 720, questionTypes: [.multipleChoice, .multipleResponse],
            domains: [
                ExamDomain(
                    number: 1, name: "First Domain", weight: 60,
                    taskStatements: [
                        TaskStatement(id: "1.1", title: "Do the first thing"),
                        TaskStatement(id: "1.2", title: "Do the second thing"),
                    ]),
                ExamDomain(
                    number: 2, name: "Second Domain", weight: 40,
                    taskStatements: [TaskStatement(id: "2.1", title: "Do the third thing")]),
            ])
    }

    static var retiredExam: ExamBlueprint {
        var exam = exam
        exam.code = "XYZ-C00"
        exam.status = .retired
        exam.availableFrom = "2020-03-01"
        exam.lastDay = "2024-01-14"
        exam.successor = "XYZ-C01"
        return exam
    }

    static var course: Course {
        Course(
            id: "xyz-d1-first-domain", title: "First domain", summary: "Everything in domain 1.", exam: "XYZ-C01",
            domain: 1, level: .associate, tier: .free, services: ["Amazon S3"],
            lessons: [
                lesson(id: "xyz-basics", task: "1.1", prerequisites: []),
                lesson(id: "xyz-advanced", task: "1.2", prerequisites: ["xyz-basics"]),
            ])
    }

    static func lesson(id: String, task: String, prerequisites: [String]) -> Lesson {
        let title = "Lesson \(id)"
        return Lesson(
            id: id, title: title, taskStatement: task, services: ["Amazon S3"], estimatedMinutes: 15,
            prerequisites: prerequisites, objectives: ["Explain the idea."], body: body(title: title))
    }

    /// A lesson with every required section and about thirty words.
    static func body(title: String) -> String {
        """
        # \(title)

        A short introduction that sets the scene for the learner.

        ## Objectives

        - Explain the idea in your own words.

        ## Key facts

        - Buckets hold objects and keys name them.

        ## Worked example

        A team stores invoices as objects and reads them back by key.

        ## Common mistakes

        - Treating a bucket as a file system.
        """
    }

    static func single(id: String, domain: Int = 1, task: String = "1.1") -> Question {
        Question(
            id: id, exam: "XYZ-C01", domain: domain, taskStatement: task, type: .single, difficulty: .beginner,
            stem: "Which option is right for item \(id)?",
            options: ["A", "B", "C", "D"].map { QuestionOption(id: $0, text: "Option \($0)", explanation: "Because.") },
            answer: ["A"], tags: ["storage"], services: ["Amazon S3"], lessonId: "xyz-basics")
    }

    static func multiple(id: String) -> Question {
        Question(
            id: id, exam: "XYZ-C01", domain: 1, taskStatement: "1.2", type: .multiple, difficulty: .intermediate,
            stem: "Which two options are right for item \(id)?",
            options: ["A", "B", "C", "D", "E"].map {
                QuestionOption(id: $0, text: "Choice \($0)", explanation: "Because.")
            },
            answer: ["B", "D"], choose: 2, tags: ["storage"], services: ["Amazon S3"])
    }

    static func scenario(id: String) -> Question {
        Question(
            id: id, exam: "XYZ-C01", domain: 1, taskStatement: "1.1", type: .scenario, difficulty: .advanced,
            stem: "A team loses invoices when a bucket is deleted. Describe a fix.", tags: ["storage", "recovery"],
            services: ["Amazon S3"],
            modelAnswer: "Enable versioning and MFA delete, and replicate to a second bucket.",
            rubric: Rubric(
                concepts: [
                    RubricConcept(id: "versioning", description: "Keep old versions", weight: 2, terms: ["versioning"])
                ],
                misconceptions: [
                    RubricMisconception(
                        id: "public", description: "Makes the bucket public", penalty: 20, terms: ["public access"])
                ]))
    }
}
