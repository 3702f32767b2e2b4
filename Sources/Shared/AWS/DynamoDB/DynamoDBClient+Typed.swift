extension DynamoDBClient {
    /// The item with `key`, decoded as `T`; `nil` when there is none.
    public func get<T: Decodable>(
        _ type: T.Type, from table: String, key: DynamoDBItem, consistentRead: Bool = false
    ) async throws -> T? {
        let output = try await getItem(GetItemInput(tableName: table, key: key, consistentRead: consistentRead))
        return try output.item.map { try decoder.decode(T.self, from: $0) }
    }

    /// Writes `item` (replacing any item with the same key) when `condition` holds.
    ///
    /// - Returns: the attributes asked for by `returnValues` (`ALL_OLD` only, for PutItem).
    /// - Throws: ``AWSError`` `ConditionalCheckFailedException` when the condition fails (with the old item when
    ///   `returnOldItemOnFailure` is set).
    @discardableResult
    public func put<T: Encodable>(
        _ item: T, into table: String, condition: DynamoDBCondition? = nil,
        returnValues: DynamoDBReturnValues? = nil, returnOldItemOnFailure: Bool = false
    ) async throws -> DynamoDBItem? {
        var expression = DynamoDBExpression()
        let conditionText = condition?.render(into: &expression)
        let output = try await putItem(
            PutItemInput(
                tableName: table, item: try encoder.encode(item), conditionExpression: conditionText,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
                returnValues: returnValues, returnValuesOnConditionCheckFailure: returnOldItemOnFailure ? .allOld : nil)
        )
        return output.attributes
    }

    /// Applies `update` to the item with `key` (creating it when absent, as UpdateItem does) when `condition`
    /// holds.
    ///
    /// - Returns: the attributes asked for by `returnValues`.
    /// - Throws: as ``put(_:into:condition:returnValues:returnOldItemOnFailure:)``.
    @discardableResult
    public func update(
        table: String, key: DynamoDBItem, update: DynamoDBUpdate, condition: DynamoDBCondition? = nil,
        returnValues: DynamoDBReturnValues? = nil, returnOldItemOnFailure: Bool = false
    ) async throws -> DynamoDBItem? {
        var expression = DynamoDBExpression()
        let updateText = update.render(into: &expression)
        let conditionText = condition?.render(into: &expression)
        let output = try await updateItem(
            UpdateItemInput(
                tableName: table, key: key, updateExpression: updateText, conditionExpression: conditionText,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
                returnValues: returnValues, returnValuesOnConditionCheckFailure: returnOldItemOnFailure ? .allOld : nil)
        )
        return output.attributes
    }

    /// Deletes the item with `key` when `condition` holds.
    ///
    /// - Returns: the attributes asked for by `returnValues` (`ALL_OLD` only).
    @discardableResult
    public func delete(
        table: String, key: DynamoDBItem, condition: DynamoDBCondition? = nil,
        returnValues: DynamoDBReturnValues? = nil, returnOldItemOnFailure: Bool = false
    ) async throws -> DynamoDBItem? {
        var expression = DynamoDBExpression()
        let conditionText = condition?.render(into: &expression)
        let output = try await deleteItem(
            DeleteItemInput(
                tableName: table, key: key, conditionExpression: conditionText,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
                returnValues: returnValues, returnValuesOnConditionCheckFailure: returnOldItemOnFailure ? .allOld : nil)
        )
        return output.attributes
    }

    /// A Query from a key condition (`.equals("pk", …) && .beginsWith("sk", …)`) and an optional filter.
    public func query(
        table: String, index: String? = nil, keyCondition: DynamoDBCondition, filter: DynamoDBCondition? = nil,
        limit: Int? = nil, ascending: Bool = true, consistentRead: Bool? = nil, startKey: DynamoDBItem? = nil
    ) -> DynamoDBPages {
        var expression = DynamoDBExpression()
        let keyText = keyCondition.render(into: &expression)
        let filterText = filter?.render(into: &expression)
        return query(
            QueryInput(
                tableName: table, indexName: index, keyConditionExpression: keyText, filterExpression: filterText,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
                limit: limit, exclusiveStartKey: startKey, scanIndexForward: ascending ? nil : false,
                consistentRead: consistentRead))
    }

    /// A Scan with an optional filter (provisioning and tests only: never on a request path).
    public func scan(table: String, filter: DynamoDBCondition? = nil, limit: Int? = nil) -> DynamoDBPages {
        var expression = DynamoDBExpression()
        let filterText = filter?.render(into: &expression)
        return scan(
            ScanInput(
                tableName: table, filterExpression: filterText, expressionAttributeNames: expression.namesOrNil,
                expressionAttributeValues: expression.valuesOrNil, limit: limit))
    }
}
