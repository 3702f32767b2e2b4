#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The environment variables the AWS clients read (region, endpoints, credentials, profiles), captured once and
/// passed in so that tests can supply their own.
public struct AWSEnvironment: Sendable {
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The process environment.
    public static var process: AWSEnvironment { AWSEnvironment(ProcessInfo.processInfo.environment) }

    public subscript(name: String) -> String? {
        guard let value = values[name], !value.isEmpty else { return nil }
        return value
    }

    /// `AWS_REGION`, else `AWS_DEFAULT_REGION`; `nil` when neither is set.
    public var region: String? { self["AWS_REGION"] ?? self["AWS_DEFAULT_REGION"] }

    /// The endpoint for a service: `AWS_ENDPOINT_URL_<SERVICE>` (the SDK service id, upper case, spaces and dashes
    /// as `_`), else `AWS_ENDPOINT_URL`, else `defaultEndpoint`. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` turns the
    /// overrides off.
    public func endpoint(serviceId: String, defaultEndpoint: String) -> String {
        if self["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true" { return defaultEndpoint }
        let suffix = String(serviceId.uppercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        let chosen = self["AWS_ENDPOINT_URL_" + suffix] ?? self["AWS_ENDPOINT_URL"] ?? defaultEndpoint
        return chosen.hasSuffix("/") ? String(chosen.dropLast()) : chosen
    }
}
