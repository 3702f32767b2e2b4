#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An EventBridge event as a rule target receives it. `detail` is kept as raw JSON so each consumer decodes the
/// shape it expects (``decodeDetail(_:)``).
public struct EventBridgeEvent: Codable, Sendable {
    public var version: String?
    public var id: String
    public var detailType: String
    public var source: String
    public var account: String?
    public var time: String?
    public var region: String?
    public var resources: [String]?
    public var detail: Data

    enum CodingKeys: String, CodingKey {
        case version, id, source, account, time, region, resources, detail
        case detailType = "detail-type"
    }

    public init(id: String, detailType: String, source: String, detail: Data, time: String? = nil) {
        self.id = id
        self.detailType = detailType
        self.source = source
        self.detail = detail
        self.time = time
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(String.self, forKey: .version)
        id = try container.decode(String.self, forKey: .id)
        detailType = try container.decode(String.self, forKey: .detailType)
        source = try container.decode(String.self, forKey: .source)
        account = try container.decodeIfPresent(String.self, forKey: .account)
        time = try container.decodeIfPresent(String.self, forKey: .time)
        region = try container.decodeIfPresent(String.self, forKey: .region)
        resources = try container.decodeIfPresent([String].self, forKey: .resources)
        detail = try JSONCoding.encoder.encode(try container.decode(JSONLooseValue.self, forKey: .detail))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(version, forKey: .version)
        try container.encode(id, forKey: .id)
        try container.encode(detailType, forKey: .detailType)
        try container.encode(source, forKey: .source)
        try container.encodeIfPresent(account, forKey: .account)
        try container.encodeIfPresent(time, forKey: .time)
        try container.encodeIfPresent(region, forKey: .region)
        try container.encodeIfPresent(resources, forKey: .resources)
        try container.encode(try JSONDecoder().decode(JSONLooseValue.self, from: detail), forKey: .detail)
    }

    /// Decodes `detail` as `T`.
    ///
    /// - Throws: `DecodingError` when the detail has another shape.
    public func decodeDetail<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONCoding.decoder.decode(T.self, from: detail)
    }
}

/// The explicit `Input` our `ScheduleV2` events carry (see `template.yaml`): the job's name and the scheduler's
/// context attributes, so that a job run is idempotent on `executionId`.
public struct ScheduleInput: Codable, Sendable, Equatable {
    public var job: String
    public var scheduledTime: String?
    public var executionId: String?
    public var attempt: String?

    public init(job: String, scheduledTime: String? = nil, executionId: String? = nil, attempt: String? = nil) {
        self.job = job
        self.scheduledTime = scheduledTime
        self.executionId = executionId
        self.attempt = attempt
    }
}
