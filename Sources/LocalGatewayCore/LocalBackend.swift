import Foundation
import Runtime
import Synchronization

/// The whole local backend for one template, started in-process: the gateway's HTTP listener (HTTP API, JWT
/// authorizers, EventBridge API, `/_local/` control API), one process pool per function, the event bus with its
/// rules, and the scheduler. moto_server must already be provisioned (``MotoProvisioner``).
public final class LocalBackend: Sendable {
    /// Everything the backend is built from.
    public struct Options: Sendable {
        public var template: SAMTemplate
        /// The local names, with moto's pool and client ids (``MotoProvisioner/provision()``).
        public var resources: LocalResources
        public var naming: LocalNaming
        public var parameters: [String: String]
        /// The folder with the built function executables (`.build/debug`).
        public var buildPath: String
        /// moto_server's URL: the functions' `AWS_ENDPOINT_URL`, and where the user pool's JWKS is fetched.
        public var awsEndpoint: String
        /// 0 picks a free port.
        public var port: Int
        /// Pool sizes by function logical id; the others get ``defaultPool``.
        public var pools: [String: FunctionPool.Configuration]
        public var defaultPool: FunctionPool.Configuration
        /// The wait before the first retry of a failed asynchronous delivery.
        public var retryDelay: Duration
        /// A JSON-lines file for dead letters.
        public var deadLetterPath: String?
        /// Fire schedules on their own rate or cron.
        public var runSchedules: Bool
        /// Check the SigV4 signature of `PutEvents` calls (against the functions' local credentials).
        public var verifySignatures: Bool
        /// API Gateway's limit on a synchronous integration.
        public var integrationTimeout: Duration
        /// The gateway's own log lines (access log, deliveries, dead letters).
        public var log: @Sendable (String) -> Void
        /// Each line a function process writes: function, line, whether it came from stderr.
        public var functionOutput: @Sendable (String, String, Bool) -> Void
        /// The JWT authorizers' clock.
        public var clock: @Sendable () -> Date
        /// Run only these functions (logical ids); `nil` runs all. Routes to the others answer 502.
        public var onlyFunctions: Set<String>?

        public init(
            template: SAMTemplate, resources: LocalResources, naming: LocalNaming = LocalNaming(),
            parameters: [String: String] = [:], buildPath: String, awsEndpoint: String, port: Int = 0,
            pools: [String: FunctionPool.Configuration] = [:], defaultPool: FunctionPool.Configuration = .init(),
            retryDelay: Duration = .seconds(1), deadLetterPath: String? = nil, runSchedules: Bool = false,
            verifySignatures: Bool = true, integrationTimeout: Duration = .seconds(30),
            log: @escaping @Sendable (String) -> Void = { _ in },
            functionOutput: @escaping @Sendable (String, String, Bool) -> Void = { _, _, _ in },
            clock: @escaping @Sendable () -> Date = { Date() }, onlyFunctions: Set<String>? = nil
        ) {
            self.template = template
            self.resources = resources
            self.naming = naming
            self.parameters = parameters
            self.buildPath = buildPath
            self.awsEndpoint = awsEndpoint
            self.port = port
            self.pools = pools
            self.defaultPool = defaultPool
            self.retryDelay = retryDelay
            self.deadLetterPath = deadLetterPath
            self.runSchedules = runSchedules
            self.verifySignatures = verifySignatures
            self.integrationTimeout = integrationTimeout
            self.log = log
            self.functionOutput = functionOutput
            self.clock = clock
            self.onlyFunctions = onlyFunctions
        }
    }

    /// The local credentials the functions sign with.
    public static let accessKeyId = "testing"
    public static let secretAccessKey = "testing"

    public let server: GatewayServer
    public let lambda: LambdaService
    public let bus: LocalEventBus
    public let scheduler: ScheduleRunner
    public let invoker: AsyncInvoker
    public let http: HTTPAPIGateway
    /// `http://127.0.0.1:<port>`.
    public var url: String { server.url }

    /// Starts the listener, then the function pools (each warmed to its minimum), and returns when it serves.
    ///
    /// - Throws: ``TemplateError`` when something in the template does not resolve, ``LocalGatewayError`` when an
    ///   executable is missing or the port cannot be bound.
    public static func start(_ options: Options) async throws -> LocalBackend {
        let box = HandlerBox()
        let server = try await GatewayServer(port: options.port, handlers: [{ await box.handle($0) }])
        do {
            let backend = try LocalBackend(options, server: server)
            box.set { request in
                if EventBridgeAPI.accepts(request) { return await backend.eventAPI.handle(request) }
                if let answer = await backend.control.handle(request) { return answer }
                return await backend.http.handle(request)
            }
            await backend.lambda.warmUp()
            if options.runSchedules { try backend.scheduler.startTimers() }
            return backend
        } catch {
            server.stop()
            throw error
        }
    }

    private let eventAPI: EventBridgeAPI
    private let control: LocalControlAPI

    private init(_ options: Options, server: GatewayServer) throws {
        self.server = server
        let template = options.template
        let naming = options.naming
        let resolver = naming.resolver(for: template, parameters: options.parameters, resources: options.resources)
        let environment = FunctionEnvironmentBuilder(
            awsEndpoint: options.awsEndpoint, eventBridgeEndpoint: server.url, region: naming.region,
            accessKeyId: Self.accessKeyId, secretAccessKey: Self.secretAccessKey)
        var pools: [String: FunctionPool] = [:]
        var missing: [String] = []
        for function in template.functions where options.onlyFunctions?.contains(function.logicalId) ?? true {
            let path = URL(fileURLWithPath: options.buildPath).appendingPathComponent(function.executableName)
            guard FileManager.default.isExecutableFile(atPath: path.path) else {
                missing.append(path.path)
                continue
            }
            let name = function.logicalId
            let output = options.functionOutput
            pools[name] = FunctionPool(
                launch: .init(
                    name: name, executable: path,
                    environment: try environment.environment(for: function, resolver: resolver),
                    memoryMB: function.memoryMB, timeout: .milliseconds(Int64(function.timeoutSeconds * 1000)),
                    accountId: naming.accountId),
                configuration: options.pools[name] ?? options.defaultPool
            ) { line, isError in output(name, line, isError) }
        }
        guard missing.isEmpty else {
            throw LocalGatewayError(
                "function executables are missing (run `swift build`): \(missing.joined(separator: ", "))")
        }
        let lambda = LambdaService(pools: pools)
        self.lambda = lambda
        let invoker = AsyncInvoker(
            retryDelay: options.retryDelay, deadLetterPath: options.deadLetterPath, log: options.log
        ) { function, event in await lambda.invoke(function, event: event) }
        self.invoker = invoker
        let retries = Dictionary(template.functions.map { ($0.logicalId, $0.asyncRetryAttempts) }) { first, _ in first }
        let rules = try template.rules.map { rule in
            let bus = try rule.eventBus.map { try resolver.string($0) } ?? "default"
            guard let pattern = try resolver.resolve(rule.pattern)?.jsonValue else {
                throw TemplateError("\(rule.function).\(rule.name): the pattern does not resolve")
            }
            return LocalEventBus.Rule(
                spec: rule, bus: LocalEventBus.busName(bus), pattern: try EventPattern(pattern),
                retries: retries[rule.function] ?? 2)
        }
        let buses = Set(template.logicalIds(ofType: "AWS::Events::EventBus").compactMap { options.resources.refs[$0] })
        bus = LocalEventBus(
            rules: rules, buses: buses, region: naming.region, accountId: naming.accountId, invoker: invoker)
        scheduler = ScheduleRunner(
            schedules: template.schedules, region: naming.region, accountId: naming.accountId, invoker: invoker
        ) { function, event in await lambda.invoke(function, event: event) }
        var authorizers: [String: JWTAuthorizer] = [:]
        let transport = try CurlTransport()
        for (name, spec) in template.httpAPI.authorizers {
            let issuer = try resolver.string(spec.issuer)
            let audiences = try spec.audience.map { try resolver.string($0) }
            let jwksURL = options.awsEndpoint + (URL(string: issuer)?.path ?? "") + "/.well-known/jwks.json"
            let store = JWKSStore { try await Self.fetch(jwksURL, transport: transport) }
            authorizers[name] = JWTAuthorizer(
                spec: spec, issuer: issuer, audiences: audiences, store: store, clock: options.clock)
        }
        let cors = try template.httpAPI.cors.flatMap { try resolver.resolve($0) }.map(CORSPolicy.init)
        http = HTTPAPIGateway(
            routes: template.routes, authorizers: authorizers,
            builder: HTTPAPIEventBuilder(apiId: "local", accountId: naming.accountId), cors: cors,
            integrationTimeout: options.integrationTimeout, log: options.log
        ) { function, event in await lambda.invoke(function, event: event) }
        eventAPI = EventBridgeAPI(
            bus: bus,
            verifier: options.verifySignatures
                ? SigV4Verifier(secrets: [Self.accessKeyId: Self.secretAccessKey], service: "events") : nil)
        control = LocalControlAPI(scheduler: scheduler, invoker: invoker)
    }

    /// Stops the timers, the listener and every function process.
    public func stop() async {
        scheduler.stopTimers()
        server.stop()
        await lambda.shutdown()
    }

    private static func fetch(_ url: String, transport: CurlTransport) async throws -> Data {
        let response = try await transport.send(HTTPRequest(method: "GET", url: url), timeout: .seconds(10))
        guard response.status == 200 else { throw LocalGatewayError("GET \(url) answered \(response.status)") }
        return response.body
    }
}

/// The gateway's request handler, set once the backend behind it exists.
private final class HandlerBox: Sendable {
    private let handler = Mutex<(@Sendable (GatewayRequest) async -> GatewayResponse)?>(nil)

    func set(_ value: @escaping @Sendable (GatewayRequest) async -> GatewayResponse) {
        handler.withLock { $0 = value }
    }

    func handle(_ request: GatewayRequest) async -> GatewayResponse? {
        guard let current = handler.withLock({ $0 }) else { return .message(503, "Service Unavailable") }
        return await current(request)
    }
}
