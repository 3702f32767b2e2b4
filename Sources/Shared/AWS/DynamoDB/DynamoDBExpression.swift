/// The placeholders of one request's expressions: every attribute name becomes `#n0`, `#n1`, … and every value
/// `:v0`, `:v1`, …, so that reserved words (`status`, `name`, `count`) and arbitrary values are always safe. Key
/// conditions, filters, conditions, updates and projections of the same request share one instance.
public struct DynamoDBExpression: Sendable, Equatable {
    /// `#n0` → attribute name; the request's `ExpressionAttributeNames`.
    public private(set) var names: [String: String] = [:]
    /// `:v0` → value; the request's `ExpressionAttributeValues`.
    public private(set) var values: [String: AttributeValue] = [:]
    private var nameIndex: [String: String] = [:]

    public init() {}

    /// The placeholder path for a document path: `a.b[2].c` → `#n0.#n1[2].#n2`. A name repeated across the request
    /// reuses its placeholder.
    public mutating func path(_ path: String) -> String {
        var out = ""
        for (index, segment) in path.split(separator: ".", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += "." }
            var name = Substring(segment)
            var suffix = ""
            if let bracket = name.firstIndex(of: "[") {
                suffix = String(name[bracket...])
                name = name[..<bracket]
            }
            out += placeholder(forName: String(name)) + suffix
        }
        return out
    }

    /// The placeholder of one attribute name taken literally (dots and brackets included).
    public mutating func placeholder(forName name: String) -> String {
        if let existing = nameIndex[name] { return existing }
        let placeholder = "#n\(nameIndex.count)"
        nameIndex[name] = placeholder
        names[placeholder] = name
        return placeholder
    }

    /// A new value placeholder for `value`.
    public mutating func value(_ value: AttributeValue) -> String {
        let placeholder = ":v\(values.count)"
        values[placeholder] = value
        return placeholder
    }

    /// `ExpressionAttributeNames` for a request, or `nil` when empty (DynamoDB rejects an empty map).
    public var namesOrNil: [String: String]? { names.isEmpty ? nil : names }
    /// `ExpressionAttributeValues` for a request, or `nil` when empty.
    public var valuesOrNil: [String: AttributeValue]? { values.isEmpty ? nil : values }

    /// `ProjectionExpression` for `attributes`.
    public mutating func projection(_ attributes: [String]) -> String {
        attributes.map { path($0) }.joined(separator: ", ")
    }
}
