// DynamoDB API shapes (the fields this project uses), with the service's PascalCase JSON names.

/// An item or key: attribute name → value.
public typealias DynamoDBItem = [String: AttributeValue]

/// GetItem request.
public struct GetItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var consistentRead: Bool?
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?

    public init(
        tableName: String, key: DynamoDBItem, consistentRead: Bool? = nil, projectionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.consistentRead = consistentRead
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case consistentRead = "ConsistentRead"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
    }
}

/// GetItem response; `item` is nil when no item has the key.
public struct GetItemOutput: Decodable, Sendable, Equatable {
    public var item: DynamoDBItem?

    public init(item: DynamoDBItem? = nil) {
        self.item = item
    }

    enum CodingKeys: String, CodingKey {
        case item = "Item"
    }
}

/// PutItem request.
public struct PutItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var item: DynamoDBItem
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValues: DynamoDBReturnValues?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, item: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: DynamoDBReturnValues? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.item = item
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case item = "Item"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// UpdateItem request.
public struct UpdateItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var updateExpression: String
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValues: DynamoDBReturnValues?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, key: DynamoDBItem, updateExpression: String, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: DynamoDBReturnValues? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.updateExpression = updateExpression
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case updateExpression = "UpdateExpression"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// DeleteItem request.
public struct DeleteItemInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var key: DynamoDBItem
    public var conditionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var returnValues: DynamoDBReturnValues?
    public var returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure?

    public init(
        tableName: String, key: DynamoDBItem, conditionExpression: String? = nil,
        expressionAttributeNames: [String: String]? = nil, expressionAttributeValues: DynamoDBItem? = nil,
        returnValues: DynamoDBReturnValues? = nil,
        returnValuesOnConditionCheckFailure: DynamoDBReturnValuesOnConditionCheckFailure? = nil
    ) {
        self.tableName = tableName
        self.key = key
        self.conditionExpression = conditionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.returnValues = returnValues
        self.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case key = "Key"
        case conditionExpression = "ConditionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case returnValues = "ReturnValues"
        case returnValuesOnConditionCheckFailure = "ReturnValuesOnConditionCheckFailure"
    }
}

/// PutItem, UpdateItem and DeleteItem response: the attributes asked for by `ReturnValues`.
public struct WriteItemOutput: Decodable, Sendable, Equatable {
    public var attributes: DynamoDBItem?

    public init(attributes: DynamoDBItem? = nil) {
        self.attributes = attributes
    }

    enum CodingKeys: String, CodingKey {
        case attributes = "Attributes"
    }
}

/// Query request.
public struct QueryInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var indexName: String?
    public var keyConditionExpression: String
    public var filterExpression: String?
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var limit: Int?
    public var exclusiveStartKey: DynamoDBItem?
    public var scanIndexForward: Bool?
    public var consistentRead: Bool?

    public init(
        tableName: String, indexName: String? = nil, keyConditionExpression: String, filterExpression: String? = nil,
        projectionExpression: String? = nil, expressionAttributeNames: [String: String]? = nil,
        expressionAttributeValues: DynamoDBItem? = nil, limit: Int? = nil, exclusiveStartKey: DynamoDBItem? = nil,
        scanIndexForward: Bool? = nil, consistentRead: Bool? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.keyConditionExpression = keyConditionExpression
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.exclusiveStartKey = exclusiveStartKey
        self.scanIndexForward = scanIndexForward
        self.consistentRead = consistentRead
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case indexName = "IndexName"
        case keyConditionExpression = "KeyConditionExpression"
        case filterExpression = "FilterExpression"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case limit = "Limit"
        case exclusiveStartKey = "ExclusiveStartKey"
        case scanIndexForward = "ScanIndexForward"
        case consistentRead = "ConsistentRead"
    }
}

/// Scan request (never on a request path: DESIGN.md §4).
public struct ScanInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var indexName: String?
    public var filterExpression: String?
    public var projectionExpression: String?
    public var expressionAttributeNames: [String: String]?
    public var expressionAttributeValues: DynamoDBItem?
    public var limit: Int?
    public var exclusiveStartKey: DynamoDBItem?
    public var consistentRead: Bool?
    public var segment: Int?
    public var totalSegments: Int?

    public init(
        tableName: String, indexName: String? = nil, filterExpression: String? = nil,
        projectionExpression: String? = nil, expressionAttributeNames: [String: String]? = nil,
        expressionAttributeValues: DynamoDBItem? = nil, limit: Int? = nil, exclusiveStartKey: DynamoDBItem? = nil,
        consistentRead: Bool? = nil, segment: Int? = nil, totalSegments: Int? = nil
    ) {
        self.tableName = tableName
        self.indexName = indexName
        self.filterExpression = filterExpression
        self.projectionExpression = projectionExpression
        self.expressionAttributeNames = expressionAttributeNames
        self.expressionAttributeValues = expressionAttributeValues
        self.limit = limit
        self.exclusiveStartKey = exclusiveStartKey
        self.consistentRead = consistentRead
        self.segment = segment
        self.totalSegments = totalSegments
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case indexName = "IndexName"
        case filterExpression = "FilterExpression"
        case projectionExpression = "ProjectionExpression"
        case expressionAttributeNames = "ExpressionAttributeNames"
        case expressionAttributeValues = "ExpressionAttributeValues"
        case limit = "Limit"
        case exclusiveStartKey = "ExclusiveStartKey"
        case consistentRead = "ConsistentRead"
        case segment = "Segment"
        case totalSegments = "TotalSegments"
    }
}

/// One page of a Query or Scan.
public struct QueryOutput: Decodable, Sendable, Equatable {
    public var items: [DynamoDBItem]?
    public var count: Int?
    public var scannedCount: Int?
    /// Where the next page starts; nil on the last page.
    public var lastEvaluatedKey: DynamoDBItem?

    public init(
        items: [DynamoDBItem]? = nil, count: Int? = nil, scannedCount: Int? = nil, lastEvaluatedKey: DynamoDBItem? = nil
    ) {
        self.items = items
        self.count = count
        self.scannedCount = scannedCount
        self.lastEvaluatedKey = lastEvaluatedKey
    }

    enum CodingKeys: String, CodingKey {
        case items = "Items"
        case count = "Count"
        case scannedCount = "ScannedCount"
        case lastEvaluatedKey = "LastEvaluatedKey"
    }
}
