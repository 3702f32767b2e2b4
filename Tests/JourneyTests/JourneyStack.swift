import Foundation
import Runtime
import Shared
import TestSupport

@testable import AuthFn
@testable import CourseFn

/// The local stack the journey tests run against: one moto_server for the test process, and in it the template's
/// tables, a user pool with the template's password policy and `admin` group, the seeded `content/` catalog, and a
/// queue that receives the `cloudmentor.auth` events. Built once; tests isolate themselves with fresh users and
/// their own course ids.
final class JourneyStack: Sendable {
    let moto: MotoServer
    let region = "eu-west-3"
    let aws: AWSClient
    let dynamo: DynamoDBClient
    let cognito: CognitoClient
    let events: EventBridgeClient
    let suffix: String
    let poolID: String
    let clientID: String
    let queueURL: String
    let seedResult: CatalogSeedResult

    var catalogTable: String { "catalog-" + suffix }
    var usersTable: String { "users-" + suffix }
    var progressTable: String { "progress-" + suffix }
    var resultsTable: String { "results-" + suffix }
    var gamificationTable: String { "gamification-" + suffix }
    var idempotencyTable: String { "idempotency-" + suffix }

    private static let instance = StackOnce()

    static func shared() async throws -> JourneyStack { try await instance.stack() }

    private init(
        moto: MotoServer, aws: AWSClient, suffix: String, poolID: String, clientID: String, queueURL: String,
        seedResult: CatalogSeedResult
    ) {
        self.moto = moto
        self.aws = aws
        self.suffix = suffix
        self.poolID = poolID
        self.clientID = clientID
        self.queueURL = queueURL
        self.seedResult = seedResult
        dynamo = DynamoDBClient(client: aws, region: region, endpoint: moto.endpoint)
        cognito = CognitoClient(client: aws, region: region, endpoint: moto.endpoint)
        events = EventBridgeClient(client: aws, region: region, endpoint: moto.endpoint)
    }

    static func make() async throws -> JourneyStack {
        let moto = try await MotoServer.shared()
        let aws = AWSClient(
            transport: try CurlTransport(),
            credentials: StaticCredentialProvider(AWSCredentials(accessKeyId: "testing", secretAccessKey: "testing")),
            sleep: { _ in })
        let suffix = UUID().uuidString.prefix(8).lowercased()
        let region = "eu-west-3"
        let dynamo = DynamoDBClient(client: aws, region: region, endpoint: moto.endpoint)
        for table in JourneyTables.all(suffix: String(suffix)) { _ = try await dynamo.createTable(table) }
        let cognito = CognitoClient(client: aws, region: region, endpoint: moto.endpoint)
        let pool = try await cognito.createUserPool(name: "journey-\(suffix)", passwordPolicy: .template)
        let app = try await cognito.createUserPoolClient(userPoolId: pool.id, name: "api")
        try await cognito.createGroup(userPoolId: pool.id, name: "admin")
        let queueURL = try await JourneyQueue.routeAuthEvents(
            aws: aws, region: region, moto: moto, suffix: String(suffix))
        let catalog = try ContentLoader(root: JourneyPaths.content).load()
        let seeded = try await CatalogSeeder(client: dynamo, table: "catalog-\(suffix)").seed(catalog)
        return JourneyStack(
            moto: moto, aws: aws, suffix: String(suffix), poolID: pool.id, clientID: app.clientId, queueURL: queueURL,
            seedResult: seeded)
    }

    var catalogStore: DynamoDBCatalogStore { DynamoDBCatalogStore(client: dynamo, table: catalogTable) }
    var userStore: DynamoDBUserStore { DynamoDBUserStore(client: dynamo, table: usersTable) }
    var progressStore: DynamoDBProgressStore { DynamoDBProgressStore(client: dynamo, table: progressTable) }
    var idempotencyStore: DynamoDBIdempotencyStore {
        DynamoDBIdempotencyStore(client: dynamo, table: idempotencyTable)
    }

    /// A DynamoDB client that reaches moto through `proxy` (a fault proxy whose upstream is this stack's moto).
    func dynamo(through proxy: FaultProxy) -> DynamoDBClient {
        DynamoDBClient(client: aws, region: region, endpoint: proxy.endpoint)
    }

    /// CourseFn wired to this stack, with its own catalog cache.
    ///
    /// - Parameter writes: the client of the stores that write (the cached catalog and the progress store); the
    ///   uncached catalog reads of the administrators' checks always go to moto directly.
    func courseFunction(
        clock: any AWSClock = SystemAWSClock(), cacheSeconds: Double = 30, writes: DynamoDBClient? = nil
    ) -> CourseFunction {
        let base = DynamoDBCatalogStore(client: dynamo, table: catalogTable, clock: clock)
        let writing = DynamoDBCatalogStore(client: writes ?? dynamo, table: catalogTable, clock: clock)
        return CourseFunction(
            catalog: CachedCatalogStore(writing, ttl: cacheSeconds, clock: clock), freshCatalog: base,
            users: DynamoDBUserStore(client: dynamo, table: usersTable, clock: clock),
            progress: DynamoDBProgressStore(client: writes ?? dynamo, table: progressTable, clock: clock),
            idempotency: IdempotencyGuard(store: idempotencyStore, function: "CourseFn", clock: clock),
            cursor: PageCursor(signer: PageTokenSigner(secret: "journey-" + suffix)))
    }

    /// AuthFn wired to this stack.
    ///
    /// - Parameters:
    ///   - cognito: another client of this stack's user pool (through a fault proxy, say).
    ///   - users: another profile store (one whose table is missing, say).
    func authFunction(
        clock: any AWSClock = SystemAWSClock(), cognito: CognitoClient? = nil, users: (any UserStore)? = nil
    ) -> AuthFunction {
        AuthFunction(
            cognito: cognito ?? self.cognito, userPoolID: poolID, clientID: clientID,
            users: users ?? DynamoDBUserStore(client: dynamo, table: usersTable, clock: clock),
            progress: DynamoDBProgressStore(client: dynamo, table: progressTable, clock: clock),
            activity: DynamoDBLearnerActivity(
                client: dynamo, resultsTable: resultsTable, gamificationTable: gamificationTable),
            catalog: DynamoDBCatalogStore(client: dynamo, table: catalogTable, clock: clock),
            events: EventBridgeSignUpPublisher(client: events, busName: "default"),
            idempotency: IdempotencyGuard(store: idempotencyStore, function: "AuthFn", clock: clock), clock: clock)
    }

    /// The profiles stored for `email`, found on the Users table's `email-index`.
    func profiles(email: String) async throws -> [DynamoDBItem] {
        try await dynamo.query(
            table: usersTable, index: "email-index", keyCondition: .equals("email", .s(email.lowercased()))
        ).collect()
    }

    /// A learner with a profile on `tier` (as billing would set it), and the principal API Gateway would pass.
    func learner(tier: Tier = .free, admin: Bool = false) async throws -> Principal {
        let id = UUID().uuidString.lowercased()
        let email = "learner-\(id.prefix(8))@example.com"
        let now = StoreTime.text(Date())
        _ = try await userStore.createIfAbsent(
            UserProfile(
                userId: id, email: email, emailVerified: true, name: "Learner \(id.prefix(4))", tier: tier,
                createdAt: now, updatedAt: now, signupEventPublished: true))
        return Principal(userID: id, email: email, groups: admin ? ["admin"] : [], username: id)
    }
}

/// Builds the stack once per test process, whichever suite asks first.
private actor StackOnce {
    private var task: Task<JourneyStack, any Error>?

    func stack() async throws -> JourneyStack {
        if let task { return try await task.value }
        let task = Task { try await JourneyStack.make() }
        self.task = task
        return try await task.value
    }
}
