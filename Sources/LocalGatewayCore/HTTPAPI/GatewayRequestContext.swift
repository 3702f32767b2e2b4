import Hummingbird
import NIOCore

/// Hummingbird's request context plus the client address, which the event's `sourceIp` needs.
public struct GatewayRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteIP: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteIP = source.channel.remoteAddress?.ipAddress ?? "127.0.0.1"
    }

    /// API Gateway's payload limit is 10 MB.
    public var maxUploadSize: Int { 10 * 1024 * 1024 }
}
