/// Comparing items as DynamoDB stores them rather than as they were sent.
extension AttributeValue {
    /// Whether `self` and `other` hold the same value once DynamoDB has stored them: numbers compare by value (`1.50`
    /// comes back as `1.5`), sets in any order, lists and maps element by element.
    public func isEquivalent(to other: AttributeValue) -> Bool {
        switch (self, other) {
        case (.n(let left), .n(let right)):
            return left == right || (Double(left).map { $0 == Double(right) } ?? false)
        case (.ss(let left), .ss(let right)):
            return Set(left) == Set(right)
        case (.ns(let left), .ns(let right)):
            return Set(left.compactMap { Double($0) }) == Set(right.compactMap { Double($0) })
        case (.bs(let left), .bs(let right)):
            return Set(left) == Set(right)
        case (.l(let left), .l(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isEquivalent(to: $1) }
        case (.m(let left), .m(let right)):
            return Self.equivalent(left, right)
        default:
            return self == other
        }
    }

    /// Whether two items have the same attributes with equivalent values (see ``isEquivalent(to:)``).
    public static func equivalent(_ left: DynamoDBItem, _ right: DynamoDBItem) -> Bool {
        left.count == right.count
            && left.allSatisfy { name, value in right[name].map { value.isEquivalent(to: $0) } ?? false }
    }
}
