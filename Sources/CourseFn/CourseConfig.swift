import Logging
import Runtime
import Shared

/// CourseFn's configuration, read once at start from the variables `template.yaml` sets.
struct CourseConfig: Sendable {
    var region: String
    var catalogTable: String
    var usersTable: String
    var progressTable: String
    var idempotencyTable: String
    /// Seals `nextToken`s. `PAGE_TOKEN_SECRET` when set; otherwise derived from the deployment's own names, which
    /// still stops edited tokens from a client that does not know them (the stores check every start key too).
    var pageTokenSecret: String
    /// Seconds a warm container serves catalog reads from memory (`CATALOG_CACHE_SECONDS`, default 30).
    var cacheSeconds: Double

    /// - Throws: ``ConfigurationError`` naming the first missing variable, which fails the function's start.
    static func fromEnvironment(logger: Logger) throws -> CourseConfig {
        let catalog = try Environment.required("CATALOG_TABLE")
        let secret = Environment.value("PAGE_TOKEN_SECRET")
        if secret == nil {
            logger.warning("PAGE_TOKEN_SECRET is not set; nextToken seals use a secret derived from the table names")
        }
        let functionName = Environment.value("AWS_LAMBDA_FUNCTION_NAME") ?? "CourseFn"
        return CourseConfig(
            region: try Environment.required("AWS_REGION"),
            catalogTable: catalog,
            usersTable: try Environment.required("USERS_TABLE"),
            progressTable: try Environment.required("USER_PROGRESS_TABLE"),
            idempotencyTable: try Environment.required("IDEMPOTENCY_TABLE"),
            pageTokenSecret: secret ?? "\(functionName)|\(catalog)",
            cacheSeconds: Environment.value("CATALOG_CACHE_SECONDS").flatMap(Double.init) ?? 30)
    }

    /// The function with DynamoDB-backed stores over one shared AWS client.
    func makeFunction() throws -> CourseFunction {
        let environment = AWSEnvironment.process
        let transport = try CurlTransport()
        let client = AWSClient(
            transport: transport,
            credentials: CredentialProviderChain.standard(environment: environment, transport: transport))
        let dynamo = DynamoDBClient(client: client, region: region, environment: environment)
        let base = DynamoDBCatalogStore(client: dynamo, table: catalogTable)
        return CourseFunction(
            catalog: CachedCatalogStore(base, ttl: cacheSeconds), freshCatalog: base,
            users: DynamoDBUserStore(client: dynamo, table: usersTable),
            progress: DynamoDBProgressStore(client: dynamo, table: progressTable),
            idempotency: IdempotencyGuard(
                store: DynamoDBIdempotencyStore(client: dynamo, table: idempotencyTable), function: "CourseFn"),
            cursor: PageCursor(signer: PageTokenSigner(secret: pageTokenSecret)))
    }
}
