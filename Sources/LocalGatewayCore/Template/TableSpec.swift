import Shared

/// An `AWS::DynamoDB::Table`: what CreateTable and UpdateTimeToLive need.
public struct TableSpec: Sendable, Equatable {
    public var logicalId: String
    /// `TableName` when the template sets one (unresolved); otherwise LocalGateway names it `<stack>-<LogicalId>`.
    public var tableName: TemplateValue?
    public var keySchema: [KeySchemaElement]
    public var attributeDefinitions: [AttributeDefinition]
    public var globalSecondaryIndexes: [GlobalSecondaryIndex]
    /// `TimeToLiveSpecification.AttributeName` when TTL is enabled.
    public var ttlAttribute: String?

    public init(
        logicalId: String, tableName: TemplateValue? = nil, keySchema: [KeySchemaElement],
        attributeDefinitions: [AttributeDefinition], globalSecondaryIndexes: [GlobalSecondaryIndex] = [],
        ttlAttribute: String? = nil
    ) {
        self.logicalId = logicalId
        self.tableName = tableName
        self.keySchema = keySchema
        self.attributeDefinitions = attributeDefinitions
        self.globalSecondaryIndexes = globalSecondaryIndexes
        self.ttlAttribute = ttlAttribute
    }

    /// Reads the table's properties.
    ///
    /// - Throws: ``TemplateError`` when the key schema or an attribute definition is missing a field.
    init(logicalId: String, properties: TemplateValue) throws {
        func keys(_ value: TemplateValue?) throws -> [KeySchemaElement] {
            try (value?.listValue ?? []).map { element in
                guard let name = element["AttributeName"]?.scalarText, let type = element["KeyType"]?.scalarText else {
                    throw TemplateError("\(logicalId): a KeySchema element lacks AttributeName or KeyType")
                }
                return KeySchemaElement(attributeName: name, keyType: type)
            }
        }
        let attributes = try (properties["AttributeDefinitions"]?.listValue ?? []).map { element in
            guard let name = element["AttributeName"]?.scalarText, let type = element["AttributeType"]?.scalarText
            else { throw TemplateError("\(logicalId): an AttributeDefinition lacks AttributeName or AttributeType") }
            return AttributeDefinition(attributeName: name, attributeType: type)
        }
        let indexes = try (properties["GlobalSecondaryIndexes"]?.listValue ?? []).map { index in
            guard let name = index["IndexName"]?.scalarText else {
                throw TemplateError("\(logicalId): a GlobalSecondaryIndex lacks IndexName")
            }
            let projection = index["Projection"]
            return GlobalSecondaryIndex(
                indexName: name, keySchema: try keys(index["KeySchema"]),
                projection: Projection(
                    projectionType: projection?["ProjectionType"]?.scalarText ?? "ALL",
                    nonKeyAttributes: projection?["NonKeyAttributes"].map { $0.listValue.compactMap(\.scalarText) }))
        }
        let ttl = properties["TimeToLiveSpecification"]
        let schema = try keys(properties["KeySchema"])
        guard !schema.isEmpty else { throw TemplateError("\(logicalId): the table has no KeySchema") }
        self.init(
            logicalId: logicalId, tableName: properties["TableName"], keySchema: schema,
            attributeDefinitions: attributes, globalSecondaryIndexes: indexes,
            ttlAttribute: ttl?["Enabled"]?.boolValue == true ? ttl?["AttributeName"]?.scalarText : nil)
    }
}
