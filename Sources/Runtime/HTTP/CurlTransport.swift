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

    deinit {
        engine.shutdown()
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

/// A transfer waiting for, or in, the multi handle. Its mutable state is touched only on the engine's thread, apart
/// from `continuation`, which the caller sets before handing it over.
final class PendingTransfer: @unchecked Sendable {
    let transfer: CurlTransfer
    let timeoutMs: Int?
    var continuation: CheckedContinuation<HTTPResponse, any Error>?
    var handle: UnsafeMutableRawPointer?
    /// A cancellation arrived before the transfer started.
    var cancelRequested = false
    /// The caller has been answered; later cancellations are ignored.
    var finished = false

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
        var cancelled: [PendingTransfer] = []
        var shuttingDown = false
    }

    private let multi: UnsafeMutableRawPointer
    private let connectTimeoutMs: Int
    private let inbox = Mutex(Inbox())
    private var active: [UnsafeMutableRawPointer: PendingTransfer] = [:]
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
        // Waking under the lock: the thread frees the multi handle under the same lock when it shuts down.
        inbox.withLock { box in
            box.submitted.append(pending)
            curl_multi_wakeup(multi)
        }
    }

    func cancel(_ pending: PendingTransfer) {
        inbox.withLock { box in
            box.cancelled.append(pending)
            curl_multi_wakeup(multi)
        }
    }

    /// Fails what is in flight with `CancellationError`, frees every handle and ends the thread.
    func shutdown() {
        inbox.withLock { box in
            box.shuttingDown = true
            curl_multi_wakeup(multi)
        }
    }

    private func startThread() {
        // The thread owns a reference until its loop ends, so the engine outlives every transfer it runs.
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
            let (submitted, cancelled, shuttingDown) = inbox.withLock { box in
                defer { box = Inbox(shuttingDown: box.shuttingDown) }
                return (box.submitted, box.cancelled, box.shuttingDown)
            }
            for pending in submitted { start(pending) }
            for pending in cancelled where !pending.finished {
                if pending.handle != nil {
                    finish(pending, .failure(CancellationError()))
                } else {
                    pending.cancelRequested = true
                }
            }
            if shuttingDown {
                close()
                return
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
        if pending.cancelRequested {
            finish(pending, .failure(CancellationError()))
            return
        }
        let handle = idleHandles.popLast() ?? curl_easy_init()
        guard let handle else {
            finish(pending, .failure(TransportError(.other, "libcurl could not create a handle")))
            return
        }
        do {
            try pending.transfer.configure(handle, connectTimeoutMs: connectTimeoutMs, timeoutMs: pending.timeoutMs)
        } catch {
            curl_easy_reset(handle)
            idleHandles.append(handle)
            finish(pending, .failure(error))
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
        pending.finished = true
        let continuation = pending.continuation
        pending.continuation = nil
        continuation?.resume(with: result)
    }

    private func close() {
        for pending in Array(active.values) { finish(pending, .failure(CancellationError())) }
        for handle in idleHandles { curl_easy_cleanup(handle) }
        idleHandles.removeAll()
        let late = inbox.withLock { box in
            curl_multi_cleanup(multi)
            return box.submitted
        }
        for pending in late { finish(pending, .failure(CancellationError())) }
    }
}
