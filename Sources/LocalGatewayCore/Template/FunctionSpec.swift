/// One `AWS::Serverless::Function` as LocalGateway runs it: its executable, limits, environment and the events
/// that invoke it.
public struct FunctionSpec: Sendable, Equatable {
    public var logicalId: String
    /// The SwiftPM product to run: `Metadata.LocalExecutable` when set, else `<Name>Function` → `<Name>Fn` (the
    /// Makefile's mapping).
    public var executableName: String
    /// `Timeout` (function, else `Globals`, else Lambda's default of 3 s).
    public var timeoutSeconds: Double
    public var memoryMB: Int
    /// `Environment.Variables`, `Globals` first, unresolved.
    public var environment: [String: TemplateValue]
    public var routes: [RouteSpec]
    public var rules: [RuleSpec]
    public var schedules: [ScheduleSpec]
    /// Retries of a failed asynchronous invocation (`EventInvokeConfig.MaximumRetryAttempts`, default 2).
    public var asyncRetryAttempts: Int
    /// `LoggingConfig.LogFormat` (`Text` or `JSON`), passed on as `AWS_LAMBDA_LOG_FORMAT`.
    public var logFormat: String?
    /// `LoggingConfig.ApplicationLogLevel`, passed on as `AWS_LAMBDA_LOG_LEVEL`.
    public var logLevel: String?

    public init(
        logicalId: String, executableName: String, timeoutSeconds: Double = 3, memoryMB: Int = 128,
        environment: [String: TemplateValue] = [:], routes: [RouteSpec] = [], rules: [RuleSpec] = [],
        schedules: [ScheduleSpec] = [], asyncRetryAttempts: Int = 2, logFormat: String? = nil,
        logLevel: String? = nil
    ) {
        self.logicalId = logicalId
        self.executableName = executableName
        self.timeoutSeconds = timeoutSeconds
        self.memoryMB = memoryMB
        self.environment = environment
        self.routes = routes
        self.rules = rules
        self.schedules = schedules
        self.asyncRetryAttempts = asyncRetryAttempts
        self.logFormat = logFormat
        self.logLevel = logLevel
    }

    /// The product name the Makefile builds for a logical id.
    public static func defaultExecutableName(for logicalId: String) -> String {
        logicalId.hasSuffix("Function") ? String(logicalId.dropLast("Function".count)) + "Fn" : logicalId
    }
}

/// An `HttpApi` event: a route of the HTTP API and who may call it.
public struct RouteSpec: Sendable, Equatable {
    public var eventName: String
    public var function: String
    /// Upper case, or `ANY`.
    public var method: String
    /// `/api/v1/courses/{id}`, or `$default`.
    public var path: String
    /// The authorizer's name; `nil` for `Auth: {Authorizer: NONE}` (a public route).
    public var authorizer: String?
    /// `Auth.AuthorizationScopes`: the token must carry one of them when set.
    public var scopes: [String]

    public init(
        eventName: String, function: String, method: String, path: String, authorizer: String?, scopes: [String] = []
    ) {
        self.eventName = eventName
        self.function = function
        self.method = method
        self.path = path
        self.authorizer = authorizer
        self.scopes = scopes
    }

    /// `GET /api/v1/courses/{id}`, as API Gateway writes `routeKey`.
    public var routeKey: String { path == "$default" ? "$default" : "\(method) \(path)" }
}

/// An `EventBridgeRule` event: a pattern on the bus and its retry policy.
public struct RuleSpec: Sendable, Equatable {
    public var name: String
    public var function: String
    /// `EventBusName` (unresolved); `nil` means the default bus.
    public var eventBus: TemplateValue?
    public var pattern: TemplateValue
    /// `RetryPolicy.MaximumRetryAttempts` (EventBridge's default is 185).
    public var maximumRetryAttempts: Int
    /// `RetryPolicy.MaximumEventAgeInSeconds` (default 86,400).
    public var maximumEventAgeSeconds: Int

    public init(
        name: String, function: String, eventBus: TemplateValue?, pattern: TemplateValue,
        maximumRetryAttempts: Int = 185, maximumEventAgeSeconds: Int = 86_400
    ) {
        self.name = name
        self.function = function
        self.eventBus = eventBus
        self.pattern = pattern
        self.maximumRetryAttempts = maximumRetryAttempts
        self.maximumEventAgeSeconds = maximumEventAgeSeconds
    }
}

/// A `ScheduleV2` event: an EventBridge Scheduler schedule with its explicit input.
public struct ScheduleSpec: Sendable, Equatable {
    public var name: String
    public var function: String
    /// `rate(…)`, `cron(…)` or `at(…)`.
    public var expression: String
    public var timezone: String
    /// `Input` as written, with its `<aws.scheduler.*>` context attributes still in place.
    public var input: String?
    /// `RetryPolicy.MaximumRetryAttempts` (Scheduler's default is 185).
    public var maximumRetryAttempts: Int

    public init(
        name: String, function: String, expression: String, timezone: String = "UTC", input: String? = nil,
        maximumRetryAttempts: Int = 185
    ) {
        self.name = name
        self.function = function
        self.expression = expression
        self.timezone = timezone
        self.input = input
        self.maximumRetryAttempts = maximumRetryAttempts
    }
}
