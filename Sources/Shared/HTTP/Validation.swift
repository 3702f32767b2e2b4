/// One failing field of a request body.
public struct FieldError: Codable, Sendable, Equatable {
    /// The field's path in the body, for example `goals.weeklyMinutes`.
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// A request body that checks its own values after decoding; ``APIRequest/decode(_:)`` answers 422 with every
/// failing field.
public protocol Validatable {
    func validate() -> [FieldError]
}

/// Small checks that read as sentences in `validate()` implementations.
public struct Validator {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func require(_ condition: Bool, _ field: String, _ message: String) {
        if !condition { errors.append(FieldError(field: field, message: message)) }
    }

    public mutating func length(_ value: String?, _ field: String, min: Int = 1, max: Int) {
        guard let value else { return }
        let count = value.trimmingWhitespace().count
        if count < min { errors.append(FieldError(field: field, message: "must be at least \(min) characters")) }
        if count > max { errors.append(FieldError(field: field, message: "must be at most \(max) characters")) }
    }

    public mutating func range<T: Comparable>(_ value: T?, _ field: String, _ bounds: ClosedRange<T>) {
        guard let value else { return }
        if !bounds.contains(value) {
            errors.append(
                FieldError(field: field, message: "must be between \(bounds.lowerBound) and \(bounds.upperBound)"))
        }
    }

    public mutating func email(_ value: String?, _ field: String) {
        guard let value else { return }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        let valid =
            parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && value.count <= 254 && !value.contains(" ")
        if !valid { errors.append(FieldError(field: field, message: "must be an email address")) }
    }
}

extension String {
    /// The string without leading and trailing white space and newlines.
    public func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
