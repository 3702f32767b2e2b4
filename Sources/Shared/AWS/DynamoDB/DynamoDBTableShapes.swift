// DynamoDB table provisioning API shapes, with the service's PascalCase JSON names.

/// One key attribute: `HASH` (partition) or `RANGE` (sort).
public struct KeySchemaElement: Codable, Sendable, Equatable {
    public var attributeName: String
    public var keyType: String

    public init(attributeName: String, keyType: String) {
        self.attributeName = attributeName
        self.keyType = keyType
    }

    enum CodingKeys: String, CodingKey {
        case attributeName = "AttributeName"
        case keyType = "KeyType"
    }
}

/// A key attribute's type: `S`, `N` or `B`.
public struct AttributeDefinition: Codable, Sendable, Equatable {
    public var attributeName: String
    public var attributeType: String

    public init(attributeName: String, attributeType: String) {
        self.attributeName = attributeName
        self.attributeType = attributeType
    }

    enum CodingKeys: String, CodingKey {
        case attributeName = "AttributeName"
        case attributeType = "AttributeType"
    }
}

/// Which attributes an index holds: `ALL`, `KEYS_ONLY` or `INCLUDE`.
public struct Projection: Codable, Sendable, Equatable {
    public var projectionType: String
    public var nonKeyAttributes: [String]?

    public init(projectionType: String, nonKeyAttributes: [String]? = nil) {
        self.projectionType = projectionType
        self.nonKeyAttributes = nonKeyAttributes
    }

    enum CodingKeys: String, CodingKey {
        case projectionType = "ProjectionType"
        case nonKeyAttributes = "NonKeyAttributes"
    }
}

/// A global secondary index of CreateTable.
public struct GlobalSecondaryIndex: Codable, Sendable, Equatable {
    public var indexName: String
    public var keySchema: [KeySchemaElement]
    public var projection: Projection

    public init(indexName: String, keySchema: [KeySchemaElement], projection: Projection) {
        self.indexName = indexName
        self.keySchema = keySchema
        self.projection = projection
    }

    enum CodingKeys: String, CodingKey {
        case indexName = "IndexName"
        case keySchema = "KeySchema"
        case projection = "Projection"
    }
}

/// CreateTable request.
public struct CreateTableInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var keySchema: [KeySchemaElement]
    public var attributeDefinitions: [AttributeDefinition]
    public var billingMode: String?
    public var globalSecondaryIndexes: [GlobalSecondaryIndex]?

    public init(
        tableName: String, keySchema: [KeySchemaElement], attributeDefinitions: [AttributeDefinition],
        billingMode: String? = nil, globalSecondaryIndexes: [GlobalSecondaryIndex]? = nil
    ) {
        self.tableName = tableName
        self.keySchema = keySchema
        self.attributeDefinitions = attributeDefinitions
        self.billingMode = billingMode
        self.globalSecondaryIndexes = globalSecondaryIndexes
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case keySchema = "KeySchema"
        case attributeDefinitions = "AttributeDefinitions"
        case billingMode = "BillingMode"
        case globalSecondaryIndexes = "GlobalSecondaryIndexes"
    }
}

/// What DescribeTable and CreateTable report about a table.
public struct TableDescription: Decodable, Sendable, Equatable {
    public var tableName: String?
    /// `CREATING`, `ACTIVE`, `UPDATING`, `DELETING`.
    public var tableStatus: String?
    public var tableArn: String?
    public var itemCount: Int?
    public var keySchema: [KeySchemaElement]?
    public var attributeDefinitions: [AttributeDefinition]?

    public init(
        tableName: String? = nil, tableStatus: String? = nil, tableArn: String? = nil, itemCount: Int? = nil,
        keySchema: [KeySchemaElement]? = nil, attributeDefinitions: [AttributeDefinition]? = nil
    ) {
        self.tableName = tableName
        self.tableStatus = tableStatus
        self.tableArn = tableArn
        self.itemCount = itemCount
        self.keySchema = keySchema
        self.attributeDefinitions = attributeDefinitions
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case tableStatus = "TableStatus"
        case tableArn = "TableArn"
        case itemCount = "ItemCount"
        case keySchema = "KeySchema"
        case attributeDefinitions = "AttributeDefinitions"
    }
}

/// CreateTable response.
public struct CreateTableOutput: Decodable, Sendable, Equatable {
    public var tableDescription: TableDescription?

    public init(tableDescription: TableDescription? = nil) {
        self.tableDescription = tableDescription
    }

    enum CodingKeys: String, CodingKey {
        case tableDescription = "TableDescription"
    }
}

/// DescribeTable request.
public struct DescribeTableInput: Encodable, Sendable, Equatable {
    public var tableName: String

    public init(tableName: String) {
        self.tableName = tableName
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
    }
}

/// DescribeTable response.
public struct DescribeTableOutput: Decodable, Sendable, Equatable {
    public var table: TableDescription?

    public init(table: TableDescription? = nil) {
        self.table = table
    }

    enum CodingKeys: String, CodingKey {
        case table = "Table"
    }
}

/// Turns TTL on or off for one epoch-seconds attribute.
public struct TimeToLiveSpecification: Codable, Sendable, Equatable {
    public var enabled: Bool
    public var attributeName: String

    public init(enabled: Bool, attributeName: String) {
        self.enabled = enabled
        self.attributeName = attributeName
    }

    enum CodingKeys: String, CodingKey {
        case enabled = "Enabled"
        case attributeName = "AttributeName"
    }
}

/// UpdateTimeToLive request.
public struct UpdateTimeToLiveInput: Encodable, Sendable, Equatable {
    public var tableName: String
    public var timeToLiveSpecification: TimeToLiveSpecification

    public init(tableName: String, timeToLiveSpecification: TimeToLiveSpecification) {
        self.tableName = tableName
        self.timeToLiveSpecification = timeToLiveSpecification
    }

    enum CodingKeys: String, CodingKey {
        case tableName = "TableName"
        case timeToLiveSpecification = "TimeToLiveSpecification"
    }
}

/// UpdateTimeToLive response.
public struct UpdateTimeToLiveOutput: Decodable, Sendable, Equatable {
    public var timeToLiveSpecification: TimeToLiveSpecification?

    public init(timeToLiveSpecification: TimeToLiveSpecification? = nil) {
        self.timeToLiveSpecification = timeToLiveSpecification
    }

    enum CodingKeys: String, CodingKey {
        case timeToLiveSpecification = "TimeToLiveSpecification"
    }
}
