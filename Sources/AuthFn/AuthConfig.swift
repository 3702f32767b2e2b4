import Logging
import Runtime
import Shared

/// AuthFn's configuration, read once at start from the variables `template.yaml` sets.
struct AuthConfig: Sendable {
    var region: String
    var usersTable: String
    var progressTable: String
    var resultsTable: String
    var gamificationTable: String
    var idempotencyTable: String
    /// Optional: with it, goals must name an exam of the catalog; without it only the code's shape is checked.
    var catalogTable: String?
    var eventBus: String
    var userPoolID: String
    var clientID: String

    /// - Throws: ``ConfigurationError`` naming the first missing variable, which fails the function's start.
    static func fromEnvironment(logger: Logger) throws -> AuthConfig {
        let catalog = Environment.value("CATALOG_TABLE")
        if catalog == nil {
            logger.warning("CATALOG_TABLE is not set; goals are checked for the exam code's shape only")
        }
        return AuthConfig(
            region: try Environment.required("AWS_REGION"),
            usersTable: try Environment.required("USERS_TABLE"),
            progressTable: try Environment.required("USER_PROGRESS_TABLE"),
            resultsTable: try Environment.required("ASSESSMENT_RESULTS_TABLE"),
            gamificationTable: try Environment.required("GAMIFICATION_TABLE"),
            idempotencyTable: try Environment.required("IDEMPOTENCY_TABLE"),
            catalogTable: catalog,
            eventBus: try Environment.required("EVENT_BUS_NAME"),
            userPoolID: try Environment.required("USER_POOL_ID"),
            clientID: try Environment.required("USER_POOL_CLIENT_ID"))
    }

    /// The function with its AWS clients and stores over one shared AWS client.
    func makeFunction() throws -> AuthFunction {
        let environment = AWSEnvironment.process
        let client = try AWSClient.standard(environment: environment)
        let dynamo = DynamoDBClient(client: client, region: region, environment: environment)
        return AuthFunction(
            cognito: CognitoClient(client: client, region: region, environment: environment),
            userPoolID: userPoolID, clientID: clientID,
            users: DynamoDBUserStore(client: dynamo, table: usersTable),
            progress: DynamoDBProgressStore(client: dynamo, table: progressTable),
            activity: DynamoDBLearnerActivity(
                client: dynamo, resultsTable: resultsTable, gamificationTable: gamificationTable),
            catalog: catalogTable.map { CachedCatalogStore(DynamoDBCatalogStore(client: dynamo, table: $0), ttl: 300) },
            events: EventBridgeSignUpPublisher(
                client: EventBridgeClient(client: client, region: region, environment: environment), busName: eventBus),
            idempotency: IdempotencyGuard(
                store: DynamoDBIdempotencyStore(client: dynamo, table: idempotencyTable), function: "AuthFn"),
            clock: SystemAWSClock())
    }
}
