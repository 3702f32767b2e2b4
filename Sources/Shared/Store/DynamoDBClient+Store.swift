#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension DynamoDBClient {
    /// The client the repositories use: `snake_case` attribute names (`course_id`, `expires_at`), as the template's
    /// key and index attributes are named.
    func forStores() -> DynamoDBClient {
        var client = self
        client.encoder = DynamoDBEncoder(dateEncoding: .iso8601, keyEncoding: .convertToSnakeCase)
        client.decoder = DynamoDBDecoder(dateEncoding: .iso8601, keyEncoding: .convertToSnakeCase)
        return client
    }

    /// `record`'s attributes with the key attributes of `keys` added.
    func item<T: Encodable>(_ record: T, keys: DynamoDBItem...) throws -> DynamoDBItem {
        var item = try encoder.encode(record)
        for key in keys { item.merge(key) { _, new in new } }
        return item
    }

    /// Decodes each item as `T`.
    func decodeAll<T: Decodable>(_ type: T.Type, _ items: [DynamoDBItem]) throws -> [T] {
        try items.map { try decoder.decode(T.self, from: $0) }
    }
}

extension DynamoDBClient {
    /// Puts a raw item when `condition` holds.
    ///
    /// - Throws: ``AWSError`` (`ConditionalCheckFailedException` when the condition fails, with the item as it was
    ///   when `returnOldItemOnFailure` is set).
    func putItem(
        _ item: DynamoDBItem, into table: String, condition: DynamoDBCondition? = nil,
        returnOldItemOnFailure: Bool = false
    ) async throws {
        var expression = DynamoDBExpression()
        let text = condition?.render(into: &expression)
        _ = try await putItem(
            PutItemInput(
                tableName: table, item: item, conditionExpression: text,
                expressionAttributeNames: expression.namesOrNil, expressionAttributeValues: expression.valuesOrNil,
                returnValuesOnConditionCheckFailure: returnOldItemOnFailure ? .allOld : nil))
    }
}

extension DynamoDBUpdate {
    /// `SET` for every attribute of `item` except `excluding`, and `REMOVE` for each of `removable` that `item` lacks,
    /// so that an optional field set to `nil` is cleared rather than left behind.
    mutating func replace(with item: DynamoDBItem, excluding: Set<String>, removable: [String]) {
        setAll(item, excluding: excluding)
        for name in removable where item[name] == nil { remove(name) }
    }
}
