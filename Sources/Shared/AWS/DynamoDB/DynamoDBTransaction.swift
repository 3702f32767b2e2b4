/// Builders for transaction actions with ``DynamoDBCondition`` and ``DynamoDBUpdate`` instead of expression text.
extension TransactWriteItem {
    /// Puts `item` when `condition` holds.
    public static func put(
        table: String, item: DynamoDBItem, condition: DynamoDBCondition? = nil, returnOldItemOnFailure: Bool = false
    ) -> TransactWriteItem {
        var expression = DynamoDBExpression()
        let text = condition?.render(into: &expression)
        return TransactWriteItem(
            put: TransactPut(
                tableName: table, item: item, conditionExpression: text,
                expressionAttributeNames: expression.namesOrNil,
                expressionAttributeValues: expression.valuesOrNil,
                returnValuesOnConditionCheckFailure: returnOldItemOnFailure ? .allOld : nil))
    }

    /// Applies `update` to the item with `key` when `condition` holds.
    public static func update(
        table: String, key: DynamoDBItem, update: DynamoDBUpdate, condition: DynamoDBCondition? = nil
    ) -> TransactWriteItem {
        var expression = DynamoDBExpression()
        let updateText = update.render(into: &expression)
        let text = condition?.render(into: &expression)
        return TransactWriteItem(
            update: TransactUpdate(
                tableName: table, key: key, updateExpression: updateText, conditionExpression: text,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil))
    }

    /// Deletes the item with `key` when `condition` holds.
    public static func delete(
        table: String, key: DynamoDBItem, condition: DynamoDBCondition? = nil
    ) -> TransactWriteItem {
        var expression = DynamoDBExpression()
        let text = condition?.render(into: &expression)
        return TransactWriteItem(
            delete: TransactDelete(
                tableName: table, key: key, conditionExpression: text, expressionAttributeNames: expression.namesOrNil,
                expressionAttributeValues: expression.valuesOrNil))
    }

    /// Requires `condition` on the item with `key` without writing it.
    public static func conditionCheck(
        table: String, key: DynamoDBItem, condition: DynamoDBCondition
    ) -> TransactWriteItem {
        var expression = DynamoDBExpression()
        let text = condition.render(into: &expression)
        return TransactWriteItem(
            conditionCheck: TransactConditionCheck(
                tableName: table, key: key, conditionExpression: text, expressionAttributeNames: expression.namesOrNil,
                expressionAttributeValues: expression.valuesOrNil))
    }
}

extension DynamoDBClient {
    /// Performs every action or none.
    ///
    /// - Parameter clientRequestToken: makes retries of the same transaction idempotent for ten minutes.
    /// - Throws: ``AWSError`` `TransactionCanceledException` with one ``AWSError/CancellationReason`` per action
    ///   (`None` for the actions that would have succeeded).
    public func transactWrite(_ actions: [TransactWriteItem], clientRequestToken: String? = nil) async throws {
        try await transactWriteItems(
            TransactWriteItemsInput(transactItems: actions, clientRequestToken: clientRequestToken))
    }

    /// Reads the items with `keys` (table, key) consistently with each other; `nil` for absent items, in order.
    public func transactGet(_ keys: [(table: String, key: DynamoDBItem)]) async throws -> [DynamoDBItem?] {
        let output = try await transactGetItems(
            TransactGetItemsInput(
                transactItems: keys.map { TransactGetItem(get: TransactGet(tableName: $0.table, key: $0.key)) }))
        return (output.responses ?? []).map(\.item)
    }
}
