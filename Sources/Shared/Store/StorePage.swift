/// One page of a repository listing: the items, and where the next page starts (`nil` on the last page).
///
/// `nextKey` is the DynamoDB key of the last item returned; handlers seal it into an opaque `nextToken` with
/// ``PageTokenSigner`` and hand it back through ``PageCursor``.
public struct StorePage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var nextKey: DynamoDBItem?

    public init(items: [Item], nextKey: DynamoDBItem? = nil) {
        self.items = items
        self.nextKey = nextKey
    }

    /// The same page with each item transformed.
    public func map<Other: Sendable>(_ transform: (Item) throws -> Other) rethrows -> StorePage<Other> {
        StorePage<Other>(items: try items.map(transform), nextKey: nextKey)
    }
}
