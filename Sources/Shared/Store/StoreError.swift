/// Why a repository refused a read or a write, in terms a handler can answer with. The underlying AWS error, when
/// there is one, goes to the log through ``description``; it never reaches an API client.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Code: String, Sendable {
        /// No item has the key (a conditional update or delete of something absent).
        case notFound = "not-found"
        /// An item with the key already exists (a create raced another, or the id is taken).
        case alreadyExists = "already-exists"
        /// The item changed since it was read: the `version` the caller sent is stale.
        case versionConflict = "version-conflict"
        /// A limit stored with the data (an enrollment cap) would be exceeded.
        case limitReached = "limit-reached"
        /// A pagination cursor that does not belong to the query it was sent to.
        case invalidCursor = "invalid-cursor"
        /// A rule between items is broken (a prerequisite cycle, a lesson of another exam).
        case invalidReference = "invalid-reference"
    }

    public var code: Code
    /// Safe to show a caller: names the item and the rule, never internal text.
    public var message: String
    /// The AWS error behind it, for the log.
    public var underlying: (any Error & Sendable)?

    public init(_ code: Code, _ message: String, underlying: (any Error & Sendable)? = nil) {
        self.code = code
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        var text = "StoreError(\(code.rawValue)): \(message)"
        if let underlying { text += " (\(underlying))" }
        return text
    }
}
