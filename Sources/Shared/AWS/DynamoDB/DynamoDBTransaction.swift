#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

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
    ///
    /// - Parameter returnOldItemOnFailure: puts the item as it was into the action's cancellation reason when the
    ///   condition fails.
    public static func update(
        table: String, key: DynamoDBItem, update: DynamoDBUpdate, condition: DynamoDBCondition? = nil,
        returnOldItemOnFailure: Bool = false
    ) -> TransactWriteItem {
        var expression = DynamoDBExpression()
        let updateText = update.render(into: &expression)
        let text = condition?.render(into: &expression)
        return TransactWriteItem(
            update: TransactUpdate(
                tableName: table, key: key, updateExpression: updateText, conditionExpression: text,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
                returnValuesOnConditionCheckFailure: returnOldItemOnFailure ? .allOld : nil))
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
    /// Every call carries a `ClientRequestToken` (a new one per call unless `clientRequestToken` is given), so that
    /// when ``AWSClient`` resends it after a timeout, a reset connection, a 5xx or a CRC mismatch, DynamoDB does not
    /// apply a transaction that had landed a second time (tokens are honoured for ten minutes). A cancellation whose
    /// only reason is `TransactionConflict` is tried again under a fresh token, up to the retry policy's
    /// `maxAttempts` rounds in all.
    ///
    /// - Throws: ``AWSError`` `TransactionCanceledException` with one ``AWSError/CancellationReason`` per action
    ///   (`None` for the actions that would have succeeded); its ``AWSError/attempts`` counts every attempt of every
    ///   round, so that callers can tell a first refusal from one that followed a retry.
    public func transactWrite(_ actions: [TransactWriteItem], clientRequestToken: String? = nil) async throws {
        let policy = service.retryPolicy
        var attempts = 0
        var round = 0
        while true {
            round += 1
            let token = clientRequestToken ?? UUID().uuidString
            do {
                try await transactWriteItems(TransactWriteItemsInput(transactItems: actions, clientRequestToken: token))
                return
            } catch var error as AWSError {
                attempts += error.attempts
                error.attempts = attempts
                guard AWSRetryPolicy.isTransactionConflict(error), round < policy.maxAttempts else { throw error }
                try await client.backoff(retry: round, kind: .transient, policy: policy)
            }
        }
    }

    /// Reads the items with `keys` (table, key) consistently with each other; `nil` for absent items, in order.
    public func transactGet(_ keys: [(table: String, key: DynamoDBItem)]) async throws -> [DynamoDBItem?] {
        let output = try await transactGetItems(
            TransactGetItemsInput(
                transactItems: keys.map { TransactGetItem(get: TransactGet(tableName: $0.table, key: $0.key)) }))
        return (output.responses ?? []).map(\.item)
    }
}
