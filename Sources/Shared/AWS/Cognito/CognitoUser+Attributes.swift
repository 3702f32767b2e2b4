extension CognitoUser {
    /// The user's attributes by name (`sub`, `email`, `email_verified`, `name`, …); the first value wins should a
    /// name repeat.
    public var attributes: [String: String] {
        Dictionary((userAttributes ?? []).map { ($0.name, $0.value) }) { first, _ in first }
    }

    /// The value of attribute `name`, or `nil` when the user has none.
    public func attribute(_ name: String) -> String? {
        userAttributes?.first { $0.name == name }?.value
    }
}
