extension DynamoDBClient {
    /// Up to `limit` items of a Query, reading on across DynamoDB pages while a filter leaves a page short.
    ///
    /// DynamoDB's `Limit` counts items read before the filter, so one call can return fewer matches than asked
    /// (even none) with more to come. This asks for `limit + 1` and keeps reading until it holds more than `limit`
    /// matches or the query is exhausted: a returned `nextKey` therefore always has at least one item behind it,
    /// and it is the key of the last item returned (`keyAttributes` of it), not DynamoDB's `LastEvaluatedKey`.
    ///
    /// - Throws: ``AWSError`` from the Query.
    func page(
        _ input: QueryInput, limit: Int, keyAttributes: [String]
    ) async throws -> StorePage<DynamoDBItem> {
        var input = input
        input.limit = limit + 1
        var collected: [DynamoDBItem] = []
        var start = input.exclusiveStartKey
        repeat {
            input.exclusiveStartKey = start
            let output = try await queryPage(input)
            collected.append(contentsOf: output.items ?? [])
            start = output.lastEvaluatedKey.flatMap { $0.isEmpty ? nil : $0 }
        } while collected.count <= limit && start != nil
        guard collected.count > limit else { return StorePage(items: collected) }
        let kept = Array(collected.prefix(limit))
        let last = kept[kept.count - 1]
        return StorePage(items: kept, nextKey: last.filter { keyAttributes.contains($0.key) })
    }

    /// Every item of a Query (a course's lessons, a learner's enrollments: bounded, small collections).
    ///
    /// - Throws: ``AWSError`` from the Query.
    func all(_ input: QueryInput) async throws -> [DynamoDBItem] {
        try await query(input).collect()
    }
}
