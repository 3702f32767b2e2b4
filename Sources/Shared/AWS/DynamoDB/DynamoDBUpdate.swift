/// An update expression built clause by clause: `SET`, `REMOVE`, `ADD` and `DELETE`, rendered with
/// ``DynamoDBExpression`` placeholders.
///
/// ```swift
/// var update = DynamoDBUpdate()
/// update.set("status", to: "mastered")
/// update.add("attempts", 1)
/// update.setIfNotExists("first_seen", to: "2026-01-01T00:00:00.000Z")
/// ```
public struct DynamoDBUpdate: Sendable, Equatable {
    private enum Assignment: Sendable, Equatable {
        case value(AttributeValue)
        case ifNotExists(AttributeValue)
        case increment(AttributeValue)
        case appendList([AttributeValue])
    }

    private var sets: [(path: String, assignment: Assignment)] = []
    private var removes: [String] = []
    private var adds: [(path: String, value: AttributeValue)] = []
    private var deletes: [(path: String, value: AttributeValue)] = []

    public init() {}

    /// Whether no clause was added.
    public var isEmpty: Bool { sets.isEmpty && removes.isEmpty && adds.isEmpty && deletes.isEmpty }

    /// `SET path = value`.
    public mutating func set(_ path: String, to value: AttributeValue) { sets.append((path, .value(value))) }
    /// `SET path = if_not_exists(path, value)`: keeps an existing value.
    public mutating func setIfNotExists(_ path: String, to value: AttributeValue) {
        sets.append((path, .ifNotExists(value)))
    }
    /// `SET path = path + amount` (the attribute must exist; use ``add(_:_:)`` to start from zero).
    public mutating func increment(_ path: String, by amount: AttributeValue) {
        sets.append((path, .increment(amount)))
    }
    /// `SET path = list_append(if_not_exists(path, []), elements)`.
    public mutating func append(_ path: String, elements: [AttributeValue]) {
        sets.append((path, .appendList(elements)))
    }
    /// `REMOVE path`.
    public mutating func remove(_ path: String) { removes.append(path) }
    /// `ADD path value`: atomic counter increment from zero, or set union.
    public mutating func add(_ path: String, _ value: AttributeValue) { adds.append((path, value)) }
    /// `DELETE path value`: removes members from a set.
    public mutating func delete(_ path: String, _ value: AttributeValue) { deletes.append((path, value)) }

    /// `SET` for every attribute of `item` except `excluding` (the key attributes, which cannot be updated).
    public mutating func setAll(_ item: [String: AttributeValue], excluding: Set<String> = []) {
        for name in item.keys.sorted() where !excluding.contains(name) {
            sets.append((name, .value(item[name]!)))
        }
    }

    /// The expression text, registering names and values in `expression`.
    public func render(into expression: inout DynamoDBExpression) -> String {
        var clauses: [String] = []
        if !sets.isEmpty {
            let parts = sets.map { entry -> String in
                let path = expression.path(entry.path)
                switch entry.assignment {
                case .value(let value): return "\(path) = \(expression.value(value))"
                case .ifNotExists(let value): return "\(path) = if_not_exists(\(path), \(expression.value(value)))"
                case .increment(let value): return "\(path) = \(path) + \(expression.value(value))"
                case .appendList(let elements):
                    let empty = expression.value(.l([]))
                    return "\(path) = list_append(if_not_exists(\(path), \(empty)), \(expression.value(.l(elements))))"
                }
            }
            clauses.append("SET " + parts.joined(separator: ", "))
        }
        if !removes.isEmpty {
            clauses.append("REMOVE " + removes.map { expression.path($0) }.joined(separator: ", "))
        }
        if !adds.isEmpty {
            clauses.append(
                "ADD "
                    + adds.map { "\(expression.path($0.path)) \(expression.value($0.value))" }.joined(separator: ", "))
        }
        if !deletes.isEmpty {
            clauses.append(
                "DELETE "
                    + deletes.map { "\(expression.path($0.path)) \(expression.value($0.value))" }.joined(
                        separator: ", "))
        }
        return clauses.joined(separator: " ")
    }

    public static func == (lhs: DynamoDBUpdate, rhs: DynamoDBUpdate) -> Bool {
        var left = DynamoDBExpression()
        var right = DynamoDBExpression()
        return lhs.render(into: &left) == rhs.render(into: &right) && left == right
    }
}
