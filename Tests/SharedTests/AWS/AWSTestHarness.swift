import Foundation
import Runtime
import Synchronization
import TestSupport

@testable import Shared

/// Shared setup of the integration suites: the transport, moto's credentials and a recorder of backoff waits.
enum AWSTestHarness {
    /// The keys moto accepts while signature checks are off.
    static let motoCredentials = AWSCredentials(accessKeyId: "testing", secretAccessKey: "testing")

    static let transport: CurlTransport = {
        do { return try CurlTransport() } catch { fatalError("libcurl unavailable: \(error)") }
    }()

    /// A client that records its backoff waits instead of sleeping, so retry tests take no wall time.
    static func client(
        credentials: AWSCredentials = motoCredentials, recorder: DelayRecorder = DelayRecorder(),
        quota: AWSRetryQuota = AWSRetryQuota(), timeout: Duration = .seconds(10)
    ) -> AWSClient {
        AWSClient(
            transport: transport, credentials: StaticCredentialProvider(credentials),
            timeout: timeout, retryQuota: quota, sleep: { duration in recorder.record(duration) })
    }

    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }
}

/// Backoff waits a client asked for.
final class DelayRecorder: Sendable {
    private let delays = Mutex<[Duration]>([])
    func record(_ duration: Duration) { delays.withLock { $0.append(duration) } }
    var recorded: [Duration] { delays.withLock { $0 } }
    var total: Duration { recorded.reduce(.zero, +) }
}
