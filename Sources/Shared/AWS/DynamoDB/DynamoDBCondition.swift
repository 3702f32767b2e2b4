/// A condition, filter or key-condition expression built from Swift values; rendered with ``DynamoDBExpression``
/// placeholders, so attribute names never clash with reserved words.
///
/// ```swift
/// let condition: DynamoDBCondition = .attributeNotExists("user_id") || .equals("version", 3)
/// let keys: DynamoDBCondition = .equals("pk", "COURSE#1") && .beginsWith("sk", "LESSON#")
/// ```
public indirect enum DynamoDBCondition: Sendable, Equatable {
    public enum Comparator: String, Sendable {
        case equal = "="
        case notEqual = "<>"
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
    }

    case compare(String, Comparator, AttributeValue)
    /// Compares the size of an attribute (string length, list or map entries, set members).
    case sizeCompare(String, Comparator, AttributeValue)
    case between(String, AttributeValue, AttributeValue)
    case beginsWith(String, AttributeValue)
    case contains(String, AttributeValue)
    case attributeExists(String)
    case attributeNotExists(String)
    /// `attribute_type(path, S)`; the type is a tag such as `S`, `N`, `L`.
    case attributeType(String, String)
    case isIn(String, [AttributeValue])
    case and(DynamoDBCondition, DynamoDBCondition)
    case or(DynamoDBCondition, DynamoDBCondition)
    case not(DynamoDBCondition)

    public static func equals(_ path: String, _ value: AttributeValue) -> Self { .compare(path, .equal, value) }
    public static func notEquals(_ path: String, _ value: AttributeValue) -> Self { .compare(path, .notEqual, value) }
    public static func lessThan(_ path: String, _ value: AttributeValue) -> Self { .compare(path, .less, value) }
    public static func lessThanOrEqual(_ path: String, _ value: AttributeValue) -> Self {
        .compare(path, .lessOrEqual, value)
    }
    public static func greaterThan(_ path: String, _ value: AttributeValue) -> Self { .compare(path, .greater, value) }
    public static func greaterThanOrEqual(_ path: String, _ value: AttributeValue) -> Self {
        .compare(path, .greaterOrEqual, value)
    }

    public static func && (lhs: Self, rhs: Self) -> Self { .and(lhs, rhs) }
    public static func || (lhs: Self, rhs: Self) -> Self { .or(lhs, rhs) }
    public static prefix func ! (condition: Self) -> Self { .not(condition) }

    /// The expression text, registering names and values in `expression`.
    public func render(into expression: inout DynamoDBExpression) -> String {
        switch self {
        case .compare(let path, let comparator, let value):
            return "\(expression.path(path)) \(comparator.rawValue) \(expression.value(value))"
        case .sizeCompare(let path, let comparator, let value):
            return "size(\(expression.path(path))) \(comparator.rawValue) \(expression.value(value))"
        case .between(let path, let low, let high):
            return "\(expression.path(path)) BETWEEN \(expression.value(low)) AND \(expression.value(high))"
        case .beginsWith(let path, let prefix):
            return "begins_with(\(expression.path(path)), \(expression.value(prefix)))"
        case .contains(let path, let operand):
            return "contains(\(expression.path(path)), \(expression.value(operand)))"
        case .attributeExists(let path):
            return "attribute_exists(\(expression.path(path)))"
        case .attributeNotExists(let path):
            return "attribute_not_exists(\(expression.path(path)))"
        case .attributeType(let path, let type):
            return "attribute_type(\(expression.path(path)), \(expression.value(.s(type))))"
        case .isIn(let path, let candidates):
            let rendered = expression.path(path)
            return "\(rendered) IN (" + candidates.map { expression.value($0) }.joined(separator: ", ") + ")"
        case .and(let lhs, let rhs):
            return "(\(lhs.render(into: &expression))) AND (\(rhs.render(into: &expression)))"
        case .or(let lhs, let rhs):
            return "(\(lhs.render(into: &expression))) OR (\(rhs.render(into: &expression)))"
        case .not(let condition):
            return "NOT (\(condition.render(into: &expression)))"
        }
    }
}
