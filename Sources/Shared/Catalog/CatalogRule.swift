/// The rule of `content/README.md` a `CatalogProblem` breaks; tests and tools match on it rather than on wording.
public enum CatalogRule: String, Sendable, Hashable, CaseIterable {
    /// `VERSION` is empty.
    case version
    /// A required field is empty, out of range or badly formed (ids, dates, codes, minutes, scores, tags).
    case field
    /// Two exams, courses, lessons or questions share an id, or a list repeats an entry.
    case duplicateId
    /// Domain weights do not sum to 100, or a domain's weight is out of range.
    case weights
    /// A retired exam lacks its last day or successor, or the successor is unknown.
    case retirement
    /// A tag points at an exam, domain, task statement or lesson that does not exist, or at another exam's lesson.
    case reference
    /// A question sits in a file whose name promises another exam or domain, or the file name is not
    /// `questions/<CODE>/d<N>.json`.
    case placement
    /// A lesson has no Markdown file.
    case lessonBody
    /// A lesson's Markdown is shorter than the minimum word count.
    case lessonLength
    /// A lesson's Markdown lacks its `# Title` or one of the required sections in order.
    case lessonSections
    /// Lesson prerequisites form a cycle, or a lesson requires itself.
    case prerequisiteCycle
    /// A single-answer item does not have options `A`–`D`, a multiple-response item has fewer than five options,
    /// option ids are not `A`, `B`, … in order, or a scenario item has options.
    case options
    /// An answer key is missing, repeated or names an option that does not exist, or the key count is wrong.
    case answerKey
    /// A multiple-response item does not state `choose` ≥ 2 equal to its number of keys.
    case choose
    /// An option has no text or no explanation.
    case explanation
    /// A scenario item lacks its model answer or rubric, or a rubric concept or misconception is malformed.
    case rubric
    /// Two items have the same stem.
    case duplicateStem
    /// A domain's share of an exam's items is further from its weight than the tolerance.
    case spread
    /// The core exams together have fewer items, scenario items or lessons than required.
    case totals
}
