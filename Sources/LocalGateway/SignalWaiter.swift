import Foundation

/// Waits for a termination signal, so that serve can stop its processes before exiting.
enum SignalWaiter {
    /// Returns the first of `signals` that arrives; their default action is suspended from the call on.
    static func wait(for signals: [Int32]) async -> Int32 {
        await withCheckedContinuation { continuation in
            let state = SignalSources(continuation)
            for number in signals {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { state.fire(number) }
                source.resume()
                state.keep(source)
            }
        }
    }
}

/// Keeps the signal sources alive and resumes the waiter once.
private final class SignalSources: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Int32, Never>?
    private var sources: [any DispatchSourceSignal] = []

    init(_ continuation: CheckedContinuation<Int32, Never>) {
        self.continuation = continuation
    }

    func keep(_ source: any DispatchSourceSignal) {
        lock.withLock { sources.append(source) }
    }

    func fire(_ signal: Int32) {
        let waiting = lock.withLock { () -> CheckedContinuation<Int32, Never>? in
            defer { continuation = nil }
            return continuation
        }
        waiting?.resume(returning: signal)
    }
}
