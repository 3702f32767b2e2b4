import Synchronization

/// Collects one invocation's metrics and renders them as a CloudWatch Embedded Metric Format blob.
///
/// The runtime flushes it once, when the invocation ends, as a single JSON line on stdout; CloudWatch turns the line
/// into metrics without any API call. A metric recorded twice keeps both values (EMF accepts arrays).
public final class MetricsRecorder: Sendable {
    /// CloudWatch's limit of metrics per blob.
    public static let maxMetrics = 100

    public struct Metric: Sendable, Equatable {
        public var name: String
        public var unit: Unit
        public var values: [Double]
    }

    public enum Unit: String, Sendable {
        case count = "Count"
        case milliseconds = "Milliseconds"
        case bytes = "Bytes"
        case percent = "Percent"
        case none = "None"
    }

    private struct State {
        var metrics: [Metric] = []
        var properties: [(String, String)] = []
    }

    public let namespace: String
    public let dimensions: [(String, String)]
    private let state = Mutex(State())

    public init(namespace: String = "CloudMentor", dimensions: [(String, String)] = []) {
        self.namespace = namespace
        self.dimensions = dimensions
    }

    /// Records `value` under `name`; beyond ``maxMetrics`` distinct names further ones are dropped.
    public func record(_ name: String, _ value: Double, unit: Unit = .count) {
        state.withLock { state in
            if let index = state.metrics.firstIndex(where: { $0.name == name }) {
                state.metrics[index].values.append(value)
            } else if state.metrics.count < Self.maxMetrics {
                state.metrics.append(Metric(name: name, unit: unit, values: [value]))
            }
        }
    }

    /// Adds a searchable property to the blob (not a dimension), such as a request id.
    public func addProperty(_ key: String, _ value: String) {
        state.withLock { $0.properties.append((key, value)) }
    }

    public var recorded: [Metric] {
        state.withLock { $0.metrics }
    }

    /// The EMF JSON line, or `nil` when nothing was recorded.
    public func render(timestampMs: Int64) -> String? {
        let (metrics, properties) = state.withLock { ($0.metrics, $0.properties) }
        guard !metrics.isEmpty else { return nil }
        let dimensionNames = dimensions.map { JSONText.quoted($0.0) }.joined(separator: ",")
        let definitions = metrics.map { "{\"Name\":\(JSONText.quoted($0.name)),\"Unit\":\"\($0.unit.rawValue)\"}" }
        var line =
            "{\"_aws\":{\"Timestamp\":\(timestampMs),\"CloudWatchMetrics\":[{\"Namespace\":"
            + JSONText.quoted(namespace) + ",\"Dimensions\":[[\(dimensionNames)]],\"Metrics\":["
            + definitions.joined(separator: ",") + "]}]}"
        for (key, value) in dimensions { line += "," + JSONText.quoted(key) + ":" + JSONText.quoted(value) }
        for (key, value) in properties { line += "," + JSONText.quoted(key) + ":" + JSONText.quoted(value) }
        for metric in metrics {
            let rendered = metric.values.map(Self.number)
            line +=
                "," + JSONText.quoted(metric.name) + ":"
                + (rendered.count == 1 ? rendered[0] : "[" + rendered.joined(separator: ",") + "]")
        }
        return line + "}"
    }

    private static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
