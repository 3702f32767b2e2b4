import Foundation
import Shared

/// EventBridge for the template's buses: accepted entries become events, each matched against the rules of its
/// bus and delivered asynchronously to the rule's function through an ``AsyncInvoker``.
public struct LocalEventBus: Sendable {
    /// A rule as it runs: its bus, compiled pattern and target.
    public struct Rule: Sendable {
        public var spec: RuleSpec
        public var bus: String
        public var pattern: EventPattern
        /// The target function's asynchronous retries.
        public var retries: Int
    }

    public let rules: [Rule]
    /// The buses that exist: `default` and every bus the template declares.
    public let buses: Set<String>
    public let region: String
    public let accountId: String
    public let invoker: AsyncInvoker

    public init(rules: [Rule], buses: Set<String>, region: String, accountId: String, invoker: AsyncInvoker) {
        self.rules = rules
        self.buses = buses.union(["default"])
        self.region = region
        self.accountId = accountId
        self.invoker = invoker
    }

    /// Accepts one `PutEvents` entry: validates it, then delivers it to every matching rule's target.
    ///
    /// - Returns: the entry's result: an event id, or an error code and message as EventBridge reports them.
    public func put(_ entry: EventBridgeEntry, now: Date = Date()) async -> EventBridgeResultEntry {
        guard !entry.source.isEmpty else { return invalid("Source") }
        guard !entry.detailType.isEmpty else { return invalid("DetailType") }
        guard let detail = try? JSONDecoder().decode(JSONLooseValue.self, from: Data(entry.detail.utf8)),
            case .object = detail
        else { return EventBridgeResultEntry(errorCode: "MalformedDetail", errorMessage: "Detail is malformed.") }
        let bus = Self.busName(entry.eventBusName)
        guard buses.contains(bus) else {
            return EventBridgeResultEntry(
                errorCode: "ResourceNotFoundException", errorMessage: "Event bus \(bus) does not exist.")
        }
        let id = UUID().uuidString.lowercased()
        let envelope: JSONLooseValue = .object([
            "version": .string("0"), "id": .string(id), "detail-type": .string(entry.detailType),
            "source": .string(entry.source), "account": .string(accountId),
            "time": .string(APIGatewayClock.iso8601(now)), "region": .string(region),
            "resources": .array((entry.resources ?? []).map { .string($0) }), "detail": detail,
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let event = (try? encoder.encode(envelope)) ?? Data()
        for rule in rules where rule.bus == bus && rule.pattern.matches(envelope) {
            await invoker.deliver(
                function: rule.spec.function, source: "rule/\(rule.spec.name)", id: id, retries: rule.retries
            ) { _ in event }
        }
        return EventBridgeResultEntry(eventId: id)
    }

    /// The bus an entry names: its name, or the name part of its ARN; `default` when absent.
    static func busName(_ value: String?) -> String {
        guard let value, !value.isEmpty else { return "default" }
        if value.hasPrefix("arn:"), let slash = value.lastIndex(of: "/") {
            return String(value[value.index(after: slash)...])
        }
        return value
    }

    private func invalid(_ field: String) -> EventBridgeResultEntry {
        EventBridgeResultEntry(
            errorCode: "InvalidArgument",
            errorMessage: "Parameter \(field) is not valid. Reason: \(field) is a required argument.")
    }
}
