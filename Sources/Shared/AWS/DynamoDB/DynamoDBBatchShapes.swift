// DynamoDB batch and transaction API shapes, with the service's PascalCase JSON names.

/// The keys to read from one table in BatchGetItem.
public struct KeysAndAttributes: Codable, Sendable, Equatable {
    public var keys: [DynamoDBItem]
    public var consistentRead: Bool?
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?

    public init(
        keys: [DynamoDBItem], consistentRead: Bool? = nil, projectionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil
    ) {
        self.keys = keys
        self.consistentRead = consistentRead
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
    }

    enum CodingKeys: String, CodingKey {
        case keys = "Keys"
        case consistentRead = "ConsistentRead"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
    }
}

/// BatchGetItem request (at most 100 keys).
public struct BatchGetItemInput: Encodable, Sendable, Equatable {
    public var requestItems: [String: KeysAndAttributes]

    public init(requestItems: [String: KeysAndAttributes]) {
        self.requestItems = requestItems
    }

    enum CodingKeys: String, CodingKey {
        case requestItems = "RequestItems"
    }
}

/// BatchGetItem response.
public struct BatchGetItemOutput: Decodable, Sendable, Equatable {
    public var responses: [String: [DynamoDBItem]]?
    public var unprocessedKeys: [String: KeysAndAttributes]?

    public init(responses: [String: [DynamoDBItem]]? = nil, unprocessedKeys: [String: KeysAndAttributes]? = nil) {
        self.responses = responses
        self.unprocessedKeys = unprocessedKeys
    }

    enum CodingKeys: String, CodingKey {
        case responses = "Responses"
        case unprocessedKeys = "UnprocessedKeys"
    }
}

/// A put inside BatchWriteItem.
public struct PutRequest: Codable, Sendable, Equatable {
    public var item: DynamoDBItem

    public init(item: DynamoDBItem) {
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }
}

/// A delete inside BatchWriteItem.
public struct DeleteRequest: Codable, Sendable, Equatable {
    public var key: DynamoDBItem

    public init(key: DynamoDBItem) {
        self.key = key
    }

    enum CodingKeys: String, CodingKey {
        case key = "Key"
    }
}

/// One BatchWriteItem entry: exactly one of `putRequest` and `deleteRequest`.
public struct WriteRequest: Codable, Sendable, Equatable {
    public var putRequest: PutRequest?
    public var deleteRequest: DeleteRequest?

    public init(putRequest: PutRequest? = nil, deleteRequest: DeleteRequest? = nil) {
        self.putRequest = putRequest
        self.deleteRequest = deleteRequest
    }

    enum CodingKeys: String, CodingKey {
        case putRequest = "PutRequest"
        case deleteRequest = "DeleteRequest"
    }
}

/// BatchWriteItem request (at most 25 writes).
public struct BatchWriteItemInput: Encodable, Sendable, Equatable {
    public var requestItems: [String: [WriteRequest]]

    public init(requestItems: [String: [WriteRequest]]) {
        self.requestItems = requestItems
    }

    enum CodingKeys: String, CodingKey {
        case requestItems = "RequestItems"
    }
}

/// BatchWriteItem response.
public struct BatchWriteItemOutput: Decodable, Sendable, Equatable {
    public var unprocessedItems: [String: [WriteRequest]]?

    public init(unprocessedItems: [String: [WriteRequest]]? = nil) {
        self.unprocessedItems = unprocessedItems
    }

    enum CodingKeys: String, CodingKey {
        case unprocessedItems = "UnprocessedItems"
    }
}

/// A condition on an item that the transaction does not write.
public struct TransactConditionCheck: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var conditionExpression: String
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, key: DynamoDBItem, conditionExpression: String,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// A put inside TransactWriteItems.
public struct TransactPut: Encodable, Sendable, Equatable {
    public var tableName: String
    public var item: DynamoDBItem
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, item: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.item = item
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case item = "Item"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// An update inside TransactWriteItems.
public struct TransactUpdate: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var updateExpression: String
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, key: DynamoDBItem, updateExpression: String, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.updateExpression = updateExpression
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case updateExpression = "UpdateExpression"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// A delete inside TransactWriteItems.
public struct TransactDelete: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, key: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// One action of TransactWriteItems: exactly one field is set.
public struct TransactWriteItem: Encodable, Sendable, Equatable {
    public var conditionCheck: TransactConditionCheck?
    public var put: TransactPut?
    public var update: TransactUpdate?
    public var delete: TransactDelete?

    public init(
        conditionCheck: TransactConditionCheck? = nil, put: TransactPut? = nil, update: TransactUpdate? = nil,
        delete: TransactDelete? = nil
    ) {
        self.conditionCheck = conditionCheck
        self.put = put
        self.update = update
        self.delete = delete
    }

    enum CodingKeys: String, CodingKey {
        case conditionCheck = "ConditionCheck"
        case put = "Put"
        case update = "Update"
        case delete = "Delete"
    }
}

/// TransactWriteItems request (at most 100 actions).
public struct TransactWriteItemsInput: Encodable, Sendable, Equatable {
    public var transactItems: [TransactWriteItem]
    public var clientRequestToken: String?

    public init(transactItems: [TransactWriteItem], clientRequestToken: String? = nil) {
        self.transactItems = transactItems
        self.clientRequestToken = clientRequestToken
    }

    enum CodingKeys: String, CodingKey {
        case transactItems = "TransactItems"
        case clientRequestToken = "ClientRequestToken"
    }
}

/// A read inside TransactGetItems.
public struct TransactGet: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?

    public init(
        tableName: String, key: DynamoDBItem, projectionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
    }
}

/// One read of TransactGetItems.
public struct TransactGetItem: Encodable, Sendable, Equatable {
    public var get: TransactGet

    public init(get: TransactGet) {
        self.get = get
    }

    enum CodingKeys: String, CodingKey {
        case get = "Get"
    }
}

/// TransactGetItems request.
public struct TransactGetItemsInput: Encodable, Sendable, Equatable {
    public var transactItems: [TransactGetItem]

    public init(transactItems: [TransactGetItem]) {
        self.transactItems = transactItems
    }

    enum CodingKeys: String, CodingKey {
        case transactItems = "TransactItems"
    }
}

/// One item of TransactGetItems; `item` is nil when absent.
public struct ItemResponse: Decodable, Sendable, Equatable {
    public var item: DynamoDBItem?

    public init(item: DynamoDBItem? = nil) {
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }
}

/// TransactGetItems response, in request order.
public struct TransactGetItemsOutput: Decodable, Sendable, Equatable {
    public var responses: [ItemResponse]?

    public init(responses: [ItemResponse]? = nil) {
        self.responses = responses
    }

    enum CodingKeys: String, CodingKey {
        case responses = "Responses"
    }
}
