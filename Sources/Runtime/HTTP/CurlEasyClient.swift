import CCurl

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A blocking HTTP client over one reused libcurl easy handle, so that consecutive requests share one keep-alive
/// connection.
///
/// The runtime loop uses it for the Runtime API on its own thread, where blocking is what we want: `/next` waits
/// for the next event without any timeout. It is not for concurrent use; use ``CurlTransport`` for that.
public final class CurlEasyClient: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer
    private let connectTimeoutMs: Int

    /// - Throws: ``TransportError`` when libcurl cannot be initialised.
    public init(connectTimeout: Duration = .seconds(2)) throws(TransportError) {
        guard CurlGlobal.initialized, let handle = curl_easy_init() else {
            throw TransportError(.other, "libcurl failed to initialise")
        }
        self.handle = handle
        self.connectTimeoutMs = Self.milliseconds(connectTimeout)
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// Performs `request` and blocks the calling thread until the whole response has arrived.
    ///
    /// - Parameter timeout: the limit for the exchange; `nil` waits for ever.
    /// - Throws: ``TransportError`` when no HTTP response arrives.
    public func perform(_ request: HTTPRequest, timeout: Duration? = nil) throws(TransportError) -> HTTPResponse {
        curl_easy_reset(handle)
        let transfer = CurlTransfer(request: request)
        try transfer.configure(handle, connectTimeoutMs: connectTimeoutMs, timeoutMs: timeout.map(Self.milliseconds))
        let code = curl_easy_perform(handle)
        return try transfer.result(code).get()
    }

    static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}
