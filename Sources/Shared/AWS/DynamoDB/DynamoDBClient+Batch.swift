extension DynamoDBClient {
    /// The largest BatchGetItem and BatchWriteItem requests DynamoDB accepts.
    public static let batchGetLimit = 100
    public static let batchWriteLimit = 25

    /// Reads every key of `keys` from `table`, in calls of at most 100 keys, resending `UnprocessedKeys` with
    /// backoff. The order of the returned items is not the order of `keys`.
    ///
    /// - Parameter attributes: the attributes to read (a projection); every attribute when `nil`.
    /// - Throws: ``AWSError``; ``AWSError/Code/partialFailure`` when keys stay unprocessed after
    ///   ``maxUnprocessedRounds`` rounds.
    public func batchGet(
        table: String, keys: [DynamoDBItem], consistentRead: Bool? = nil, attributes: [String]? = nil
    ) async throws -> [DynamoDBItem] {
        var expression = DynamoDBExpression()
        let projection = attributes.map { expression.projection($0) }
        var items: [DynamoDBItem] = []
        for start in stride(from: 0, to: keys.count, by: Self.batchGetLimit) {
            var pending: [String: KeysAndAttributes] = [
                table: KeysAndAttributes(
                    keys: Array(keys[start..<min(start + Self.batchGetLimit, keys.count)]),
                    consistentRead: consistentRead, projectionExpression: projection,
                    expressionAttributeNames: expression.namesOrNil)
            ]
            var round = 0
            while !pending.isEmpty {
                let output = try await batchGetItem(BatchGetItemInput(requestItems: pending))
                items.append(contentsOf: output.responses?[table] ?? [])
                pending = (output.unprocessedKeys ?? [:]).filter { !$0.value.keys.isEmpty }
                if pending.isEmpty { break }
                round += 1
                guard round < maxUnprocessedRounds else {
                    throw AWSError(
                        code: .partialFailure, status: 200,
                        message: "\(pending[table]?.keys.count ?? 0) keys of \(table) still unprocessed",
                        attempts: round)
                }
                try await client.backoff(retry: round, kind: .throttling, policy: service.retryPolicy)
            }
        }
        return items
    }

    /// Writes `puts` and deletes `deletes` in `table`, in calls of at most 25 writes, resending `UnprocessedItems`
    /// with backoff. Not atomic: use ``transactWrite(_:clientRequestToken:)`` when all must succeed together.
    ///
    /// - Throws: ``AWSError``; ``AWSError/Code/partialFailure`` when writes stay unprocessed after
    ///   ``maxUnprocessedRounds`` rounds.
    public func batchWrite(table: String, puts: [DynamoDBItem] = [], deletes: [DynamoDBItem] = []) async throws {
        let writes =
            puts.map { WriteRequest(putRequest: PutRequest(item: $0)) }
            + deletes.map { WriteRequest(deleteRequest: DeleteRequest(key: $0)) }
        for start in stride(from: 0, to: writes.count, by: Self.batchWriteLimit) {
            var pending: [String: [WriteRequest]] = [
                table: Array(writes[start..<min(start + Self.batchWriteLimit, writes.count)])
            ]
            var round = 0
            while !pending.isEmpty {
                let output = try await batchWriteItem(BatchWriteItemInput(requestItems: pending))
                pending = (output.unprocessedItems ?? [:]).filter { !$0.value.isEmpty }
                if pending.isEmpty { break }
                round += 1
                guard round < maxUnprocessedRounds else {
                    throw AWSError(
                        code: .partialFailure, status: 200,
                        message: "\(pending[table]?.count ?? 0) writes to \(table) still unprocessed", attempts: round)
                }
                try await client.backoff(retry: round, kind: .throttling, policy: service.retryPolicy)
            }
        }
    }

    /// Writes `Encodable` items in batches (see ``batchWrite(table:puts:deletes:)``).
    public func batchPut<T: Encodable>(_ items: [T], into table: String) async throws {
        try await batchWrite(table: table, puts: items.map { try encoder.encode($0) })
    }
}
