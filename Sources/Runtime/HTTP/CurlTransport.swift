import CCurl
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The production ``HTTPTransport``: libcurl's multi interface driven by one dedicated thread.
///
/// Requests from any task are handed to that thread, which runs them concurrently over a pool of keep-alive
/// connections and resumes each caller's continuation when its response is complete. No cooperative-pool thread
/// ever blocks on the network, so the DynamoDB calls of one invocation can run side by side (`async let`).
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    private let engine: CurlMultiEngine

    /// - Parameters:
    ///   - connectTimeout: how long establishing a connection may take.
    ///   - maxConnectionsPerHost: the keep-alive pool's size per host.
    /// - Throws: ``TransportError`` when libcurl cannot be initialised.
    public init(connectTimeout: Duration = .seconds(2), maxConnectionsPerHost: Int = 16) throws(TransportError) {
        engine = try CurlMultiEngine(
            connectTimeoutMs: CurlEasyClient.milliseconds(connectTimeout),
            maxConnectionsPerHost: maxConnectionsPerHost)
    }

    public func send(_ request: HTTPRequest, timeout: Duration?) async throws -> HTTPResponse {
        let pending = PendingTransfer(
            transfer: CurlTransfer(request: request), timeoutMs: timeout.map(CurlEasyClient.milliseconds))
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                pending.continuation = continuation
                engine.submit(pending)
            }
        } onCancel: {
            engine.cancel(pending)
        }
    }
}

/// A transfer waiting for, or in, the multi handle.
final class PendingTransfer: @unchecked Sendable {
    let transfer: CurlTransfer
    let timeoutMs: Int?
    var continuation: CheckedContinuation<HTTPResponse, any Error>?
    var handle: UnsafeMutableRawPointer?

    init(transfer: CurlTransfer, timeoutMs: Int?) {
        self.transfer = transfer
        self.timeoutMs = timeoutMs
    }
}

/// Owns the multi handle and the thread that drives it. Everything that touches curl happens on that thread;
/// other threads only append to `inbox` and wake it.
final class CurlMultiEngine: @unchecked Sendable {
    private struct Inbox {
        var submitted: [PendingTransfer] = []
        var cancelled: [ObjectIdentifier] = []
    }

    private let multi: UnsafeMutableRawPointer
    private let connectTimeoutMs: Int
    private let inbox = Mutex(Inbox())
    private var active: [UnsafeMutableRawPointer: PendingTransfer] = [:]
    /// Cancellations that arrived before their transfer was started.
    private var earlyCancels: Set<ObjectIdentifier> = []
    private var idleHandles: [UnsafeMutableRawPointer] = []

    init(connectTimeoutMs: Int, maxConnectionsPerHost: Int) throws(TransportError) {
        guard CurlGlobal.initialized, let multi = curl_multi_init() else {
            throw TransportError(.other, "libcurl failed to initialise")
        }
        self.multi = multi
        self.connectTimeoutMs = connectTimeoutMs
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost)
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, maxConnectionsPerHost * 4)
        startThread()
    }

    func submit(_ pending: PendingTransfer) {
        inbox.withLock { $0.submitted.append(pending) }
        curl_multi_wakeup(multi)
    }

    func cancel(_ pending: PendingTransfer) {
        inbox.withLock { $0.cancelled.append(ObjectIdentifier(pending)) }
        curl_multi_wakeup(multi)
    }

    private func startThread() {
        let context = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                let engine = Unmanaged<CurlMultiEngine>.fromOpaque(context!).takeRetainedValue()
                engine.runLoop()
                return nil
            }, context)
        precondition(result == 0, "cannot start the libcurl thread: \(result)")
        pthread_detach(thread)
    }

    private func runLoop() {
        var running: Int32 = 0
        while true {
            let (submitted, cancelled) = inbox.withLock { box in
                defer { box = Inbox() }
                return (box.submitted, box.cancelled)
            }
            for pending in submitted { start(pending) }
            for id in cancelled {
                if let pending = active.values.first(where: { ObjectIdentifier($0) == id }) {
                    finish(pending, .failure(CancellationError()))
                } else {
                    earlyCancels.insert(id)
                }
            }
            curl_multi_perform(multi, &running)
            var queued: Int32 = 0
            while let message = curl_multi_info_read(multi, &queued) {
                guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle else { continue }
                let code = message.pointee.data.result
                if let pending = active[handle] {
                    finish(pending, pending.transfer.result(code).mapError { $0 as any Error })
                }
            }
            curl_multi_poll(multi, nil, 0, 1000, nil)
        }
    }

    private func start(_ pending: PendingTransfer) {
        if earlyCancels.remove(ObjectIdentifier(pending)) != nil {
            pending.continuation?.resume(throwing: CancellationError())
            pending.continuation = nil
            return
        }
        let handle = idleHandles.popLast() ?? curl_easy_init()
        guard let handle else {
            pending.continuation?.resume(throwing: TransportError(.other, "libcurl could not create a handle"))
            return
        }
        do {
            try pending.transfer.configure(handle, connectTimeoutMs: connectTimeoutMs, timeoutMs: pending.timeoutMs)
        } catch {
            curl_easy_reset(handle)
            idleHandles.append(handle)
            pending.continuation?.resume(throwing: error)
            return
        }
        pending.handle = handle
        active[handle] = pending
        curl_multi_add_handle(multi, handle)
    }

    private func finish(_ pending: PendingTransfer, _ result: Result<HTTPResponse, any Error>) {
        if let handle = pending.handle {
            active[handle] = nil
            curl_multi_remove_handle(multi, handle)
            curl_easy_reset(handle)
            idleHandles.append(handle)
            pending.handle = nil
        }
        let continuation = pending.continuation
        pending.continuation = nil
        continuation?.resume(with: result)
    }
}
