/// One broken rule, located well enough for an author to fix it.
public struct CatalogProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file at fault, relative to the content root (`questions/SAA-C03/d2.json`), or `content` for rules over
    /// the whole catalog.
    public var file: String
    /// The exam code, course, lesson or question id at fault; empty when the file itself is at fault.
    public var id: String
    public var rule: CatalogRule
    public var message: String

    public init(file: String, id: String, rule: CatalogRule, message: String) {
        self.file = file
        self.id = id
        self.rule = rule
        self.message = message
    }

    public var description: String {
        id.isEmpty ? "\(file): [\(rule.rawValue)] \(message)" : "\(file) \(id): [\(rule.rawValue)] \(message)"
    }
}
