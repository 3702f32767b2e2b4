/// DynamoDB over the AWS JSON 1.0 protocol: every operation the functions and provisioning need, raw (the API's own
/// request and response shapes) and typed (Codable items, ``DynamoDBCondition`` and ``DynamoDBUpdate``).
/// Responses are checked against `x-amz-crc32`; retries follow ``AWSRetryPolicy/dynamoDB``.
///
/// Every method throws ``AWSError``: `ConditionalCheckFailedException` (with ``AWSError/item`` when asked for),
/// `TransactionCanceledException` (with ``AWSError/cancellationReasons``), `ResourceNotFoundException`, … Typed
/// methods also throw `EncodingError`/`DecodingError` when an item does not map to or from the Swift type.
public struct DynamoDBClient: Sendable {
    public let client: AWSClient
    public let service: AWSService
    public var encoder: DynamoDBEncoder
    public var decoder: DynamoDBDecoder
    /// Rounds of resending `UnprocessedKeys`/`UnprocessedItems` before giving up with ``AWSError/Code/partialFailure``.
    public var maxUnprocessedRounds: Int

    /// - Parameters:
    ///   - endpoint: overrides the environment's `AWS_ENDPOINT_URL_DYNAMODB` / `AWS_ENDPOINT_URL`.
    public init(
        client: AWSClient, region: String, environment: AWSEnvironment = AWSEnvironment([:]), endpoint: String? = nil,
        retryPolicy: AWSRetryPolicy = .dynamoDB, encoder: DynamoDBEncoder = DynamoDBEncoder(),
        decoder: DynamoDBDecoder = DynamoDBDecoder(), maxUnprocessedRounds: Int = 8
    ) {
        self.client = client
        self.service = AWSService(
            serviceId: "DynamoDB", signingName: "dynamodb", endpointPrefix: "dynamodb", region: region,
            environment: environment, endpoint: endpoint, retryPolicy: retryPolicy, verifiesCRC32: true)
        self.encoder = encoder
        self.decoder = decoder
        self.maxUnprocessedRounds = maxUnprocessedRounds
    }

    func call<Input: Encodable, Output: Decodable>(_ operation: String, _ input: Input) async throws -> Output {
        try await client.json(target: "DynamoDB_20120810." + operation, input: input, to: service)
    }

    public func getItem(_ input: GetItemInput) async throws -> GetItemOutput { try await call("GetItem", input) }
    public func putItem(_ input: PutItemInput) async throws -> WriteItemOutput { try await call("PutItem", input) }
    public func updateItem(_ input: UpdateItemInput) async throws -> WriteItemOutput {
        try await call("UpdateItem", input)
    }
    public func deleteItem(_ input: DeleteItemInput) async throws -> WriteItemOutput {
        try await call("DeleteItem", input)
    }
    public func queryPage(_ input: QueryInput) async throws -> QueryOutput { try await call("Query", input) }
    public func scanPage(_ input: ScanInput) async throws -> QueryOutput { try await call("Scan", input) }
    public func batchGetItem(_ input: BatchGetItemInput) async throws -> BatchGetItemOutput {
        try await call("BatchGetItem", input)
    }
    public func batchWriteItem(_ input: BatchWriteItemInput) async throws -> BatchWriteItemOutput {
        try await call("BatchWriteItem", input)
    }
    public func transactWriteItems(_ input: TransactWriteItemsInput) async throws {
        let _: AWSEmptyOutput = try await call("TransactWriteItems", input)
    }
    public func transactGetItems(_ input: TransactGetItemsInput) async throws -> TransactGetItemsOutput {
        try await call("TransactGetItems", input)
    }
    public func createTable(_ input: CreateTableInput) async throws -> CreateTableOutput {
        try await call("CreateTable", input)
    }
    public func describeTable(_ tableName: String) async throws -> TableDescription? {
        let output: DescribeTableOutput = try await call("DescribeTable", DescribeTableInput(tableName: tableName))
        return output.table
    }
    public func updateTimeToLive(table: String, attribute: String, enabled: Bool = true) async throws {
        let _: UpdateTimeToLiveOutput = try await call(
            "UpdateTimeToLive",
            UpdateTimeToLiveInput(
                tableName: table,
                timeToLiveSpecification: TimeToLiveSpecification(enabled: enabled, attributeName: attribute)))
    }

    /// Every page of a Query, fetched as the sequence is iterated.
    public func query(_ input: QueryInput) -> DynamoDBPages {
        DynamoDBPages(startKey: input.exclusiveStartKey) { startKey in
            var page = input
            page.exclusiveStartKey = startKey
            return try await queryPage(page)
        }
    }

    /// Every page of a Scan, fetched as the sequence is iterated.
    public func scan(_ input: ScanInput) -> DynamoDBPages {
        DynamoDBPages(startKey: input.exclusiveStartKey) { startKey in
            var page = input
            page.exclusiveStartKey = startKey
            return try await scanPage(page)
        }
    }
}
