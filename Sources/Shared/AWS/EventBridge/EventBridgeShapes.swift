// EventBridge API shapes (the fields this project uses), with the service's PascalCase JSON names.

/// One event of PutEvents.
public struct EventBridgeEntry: Codable, Sendable, Equatable {
    public var source: String
    public var detailType: String
    /// The event's JSON document, as text.
    public var detail: String
    public var eventBusName: String?
    public var resources: [String]?

    public init(
        source: String, detailType: String, detail: String, eventBusName: String? = nil, resources: [String]? = nil
    ) {
        self.source = source
        self.detailType = detailType
        self.detail = detail
        self.eventBusName = eventBusName
        self.resources = resources
    }

    enum CodingKeys: String, CodingKey {
        case source = "Source"
        case detailType = "DetailType"
        case detail = "Detail"
        case eventBusName = "EventBusName"
        case resources = "Resources"
    }
}

/// PutEvents request (at most 10 entries).
public struct EventBridgePutEventsInput: Encodable, Sendable, Equatable {
    public var entries: [EventBridgeEntry]

    public init(entries: [EventBridgeEntry]) {
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case entries = "Entries"
    }
}

/// The fate of one entry: an event id, or an error code and message.
public struct EventBridgeResultEntry: Codable, Sendable, Equatable {
    public var eventId: String?
    public var errorCode: String?
    public var errorMessage: String?

    public init(eventId: String? = nil, errorCode: String? = nil, errorMessage: String? = nil) {
        self.eventId = eventId
        self.errorCode = errorCode
        self.errorMessage = errorMessage
    }

    enum CodingKeys: String, CodingKey {
        case eventId = "EventId"
        case errorCode = "ErrorCode"
        case errorMessage = "ErrorMessage"
    }
}

/// PutEvents response, entries in request order.
public struct EventBridgePutEventsOutput: Decodable, Sendable, Equatable {
    public var failedEntryCount: Int?
    public var entries: [EventBridgeResultEntry]?

    public init(failedEntryCount: Int? = nil, entries: [EventBridgeResultEntry]? = nil) {
        self.failedEntryCount = failedEntryCount
        self.entries = entries
    }

    enum CodingKeys: String, CodingKey {
        case failedEntryCount = "FailedEntryCount"
        case entries = "Entries"
    }
}

/// PutRule request.
public struct EventBridgePutRuleInput: Encodable, Sendable, Equatable {
    public var name: String
    public var eventPattern: String?
    public var scheduleExpression: String?
    public var eventBusName: String?

    public init(
        name: String, eventPattern: String? = nil, scheduleExpression: String? = nil, eventBusName: String? = nil
    ) {
        self.name = name
        self.eventPattern = eventPattern
        self.scheduleExpression = scheduleExpression
        self.eventBusName = eventBusName
    }

    enum CodingKeys: String, CodingKey {
        case name = "Name"
        case eventPattern = "EventPattern"
        case scheduleExpression = "ScheduleExpression"
        case eventBusName = "EventBusName"
    }
}

/// PutRule response.
public struct EventBridgePutRuleOutput: Decodable, Sendable, Equatable {
    public var ruleArn: String?

    public init(ruleArn: String? = nil) {
        self.ruleArn = ruleArn
    }

    enum CodingKeys: String, CodingKey {
        case ruleArn = "RuleArn"
    }
}

/// Where a rule sends matching events.
public struct EventBridgeTarget: Codable, Sendable, Equatable {
    public var id: String
    public var arn: String
    public var input: String?

    public init(id: String, arn: String, input: String? = nil) {
        self.id = id
        self.arn = arn
        self.input = input
    }

    enum CodingKeys: String, CodingKey {
        case id = "Id"
        case arn = "Arn"
        case input = "Input"
    }
}

/// PutTargets request.
public struct EventBridgePutTargetsInput: Encodable, Sendable, Equatable {
    public var rule: String
    public var targets: [EventBridgeTarget]
    public var eventBusName: String?

    public init(rule: String, targets: [EventBridgeTarget], eventBusName: String? = nil) {
        self.rule = rule
        self.targets = targets
        self.eventBusName = eventBusName
    }

    enum CodingKeys: String, CodingKey {
        case rule = "Rule"
        case targets = "Targets"
        case eventBusName = "EventBusName"
    }
}
