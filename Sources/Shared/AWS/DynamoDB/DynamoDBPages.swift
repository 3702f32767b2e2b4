/// The pages of a Query or Scan as an `AsyncSequence`: each iteration step fetches the next page from
/// `LastEvaluatedKey`, and the sequence ends after the page that has none. Iteration throws ``AWSError``.
public struct DynamoDBPages: AsyncSequence, Sendable {
    public typealias Element = QueryOutput

    let startKey: DynamoDBItem?
    let fetch: @Sendable (DynamoDBItem?) async throws -> QueryOutput

    init(startKey: DynamoDBItem?, fetch: @escaping @Sendable (DynamoDBItem?) async throws -> QueryOutput) {
        self.startKey = startKey
        self.fetch = fetch
    }

    public struct AsyncIterator: AsyncIteratorProtocol {
        var nextKey: DynamoDBItem?
        var finished = false
        let fetch: @Sendable (DynamoDBItem?) async throws -> QueryOutput

        public mutating func next() async throws -> QueryOutput? {
            guard !finished else { return nil }
            let page = try await fetch(nextKey)
            nextKey = page.lastEvaluatedKey
            finished = page.lastEvaluatedKey?.isEmpty ?? true
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(nextKey: startKey, fetch: fetch)
    }

    /// The items of every page, decoded as `T`, in order.
    public func items<T: Decodable & Sendable>(
        as type: T.Type, decoder: DynamoDBDecoder = DynamoDBDecoder()
    )
        -> DynamoDBItems<T>
    {
        DynamoDBItems(pages: self, decoder: decoder)
    }

    /// Every item of every page (stops early after `limit` items when given).
    public func collect(limit: Int? = nil) async throws -> [DynamoDBItem] {
        var all: [DynamoDBItem] = []
        for try await page in self {
            all.append(contentsOf: page.items ?? [])
            if let limit, all.count >= limit { return Array(all.prefix(limit)) }
        }
        return all
    }
}

/// The items of a Query or Scan, decoded one by one across pages.
public struct DynamoDBItems<T: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = T

    let pages: DynamoDBPages
    let decoder: DynamoDBDecoder

    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: DynamoDBPages.AsyncIterator
        let decoder: DynamoDBDecoder
        var buffer: [DynamoDBItem] = []
        var index = 0

        public mutating func next() async throws -> T? {
            while index >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items ?? []
                index = 0
            }
            defer { index += 1 }
            return try decoder.decode(T.self, from: buffer[index])
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), decoder: decoder)
    }
}
