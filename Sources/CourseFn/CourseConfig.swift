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
    /// Seals `nextToken`s: `PAGE_TOKEN_SECRET`, which the template sets to the stack id. A function running in AWS
    /// (`AWS_LAMBDA_FUNCTION_NAME` set, no `AWS_ENDPOINT_URL` pointing at a local stand-in) refuses to start without
    /// it, since the fallback is derived from names anyone can guess; elsewhere (a developer's run, moto) the
    /// fallback `<function name>|<catalog table>` is used with a warning.
    var pageTokenSecret: String
    /// Seconds a warm container serves catalog reads from memory (`CATALOG_CACHE_SECONDS`, default 30).
    var cacheSeconds: Double

    /// - Parameter variable: reads one environment variable (the process environment; tests pass their own).
    /// - Throws: ``ConfigurationError`` naming the first missing variable, which fails the function's start.
    static func fromEnvironment(
        logger: Logger, _ variable: (String) -> String? = { Environment.value($0) }
    ) throws -> CourseConfig {
        func required(_ name: String) throws(ConfigurationError) -> String {
            guard let value = variable(name) else { throw ConfigurationError(variable: name) }
            return value
        }
        let catalog = try required("CATALOG_TABLE")
        let functionName = variable("AWS_LAMBDA_FUNCTION_NAME")
        let secret = variable("PAGE_TOKEN_SECRET")
        if secret == nil {
            if functionName != nil && variable("AWS_ENDPOINT_URL") == nil {
                throw ConfigurationError(variable: "PAGE_TOKEN_SECRET")
            }
            logger.warning("PAGE_TOKEN_SECRET is not set; nextToken seals use a secret derived from the table names")
        }
        return CourseConfig(
            region: try required("AWS_REGION"),
            catalogTable: catalog,
            usersTable: try required("USERS_TABLE"),
            progressTable: try required("USER_PROGRESS_TABLE"),
            idempotencyTable: try required("IDEMPOTENCY_TABLE"),
            pageTokenSecret: secret ?? "\(functionName ?? "CourseFn")|\(catalog)",
            cacheSeconds: variable("CATALOG_CACHE_SECONDS").flatMap(Double.init) ?? 30)
    }

    /// The function with DynamoDB-backed stores over one shared AWS client.
    func makeFunction() throws -> CourseFunction {
        let environment = AWSEnvironment.process
        let client = try AWSClient.standard(environment: environment)
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
