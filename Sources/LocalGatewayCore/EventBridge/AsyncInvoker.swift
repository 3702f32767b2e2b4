import Foundation

/// Lambda's asynchronous invocation for the local bus and scheduler: each delivery runs in the background, a failed
/// attempt (function error, crash, timeout) is retried after a growing delay up to the allowed retries, and a
/// delivery that never succeeds goes to the dead-letter log (kept in memory, appended to a JSON-lines file when one
/// is configured, and reported on the log sink).
public actor AsyncInvoker {
    /// One finished delivery.
    public struct Delivery: Sendable, Equatable {
        /// `rule/<name>` or `schedule/<name>`.
        public var source: String
        public var function: String
        /// The event id, or the schedule's execution id.
        public var id: String
        public var attempts: Int
        /// `nil` when it succeeded, else the last error type.
        public var errorType: String?
    }

    public typealias Invoke = @Sendable (_ function: String, _ event: Data) async -> InvocationOutcome

    private let invoke: Invoke
    private let retryDelay: Duration
    private let deadLetterPath: String?
    private let log: @Sendable (String) -> Void
    private var inFlight = 0
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []
    /// The most recent deliveries, oldest first (at most 1,000).
    public private(set) var deliveries: [Delivery] = []
    /// Every delivery that exhausted its retries.
    public private(set) var deadLetters: [Delivery] = []

    /// - Parameters:
    ///   - retryDelay: the wait before the first retry, doubled for each further one (Lambda waits about a minute,
    ///     then two; locally a second is enough to see it happen).
    ///   - deadLetterPath: a file that receives one JSON line per dead letter.
    public init(
        retryDelay: Duration = .seconds(1), deadLetterPath: String? = nil,
        log: @escaping @Sendable (String) -> Void = { _ in }, invoke: @escaping Invoke
    ) {
        self.invoke = invoke
        self.retryDelay = retryDelay
        self.deadLetterPath = deadLetterPath
        self.log = log
    }

    /// Starts delivering in the background and returns at once.
    ///
    /// - Parameter event: builds the event for attempt `n` (1-based), so a schedule can report its attempt number.
    public func deliver(
        function: String, source: String, id: String, retries: Int, event: @escaping @Sendable (Int) -> Data
    ) {
        inFlight += 1
        Task {
            let delivery = await self.run(function: function, source: source, id: id, retries: retries, event: event)
            self.finish(delivery, event: event(delivery.attempts))
        }
    }

    /// Waits until no delivery is in flight (tests, and a clean shutdown).
    public func waitUntilIdle() async {
        if inFlight == 0 { return }
        await withCheckedContinuation { idleWaiters.append($0) }
    }

    private nonisolated func run(
        function: String, source: String, id: String, retries: Int, event: @Sendable (Int) -> Data
    ) async -> Delivery {
        var attempt = 1
        var delay = retryDelay
        while true {
            let outcome = await invoke(function, event(attempt))
            guard let errorType = outcome.errorType else {
                return Delivery(source: source, function: function, id: id, attempts: attempt, errorType: nil)
            }
            guard attempt <= retries else {
                return Delivery(source: source, function: function, id: id, attempts: attempt, errorType: errorType)
            }
            log("\(source) → \(function): attempt \(attempt) failed (\(errorType)); retrying in \(delay)")
            try? await Task.sleep(for: delay)
            delay *= 2
            attempt += 1
        }
    }

    private func finish(_ delivery: Delivery, event: Data) {
        deliveries.append(delivery)
        if deliveries.count > 1_000 { deliveries.removeFirst(deliveries.count - 1_000) }
        if delivery.errorType != nil {
            deadLetters.append(delivery)
            log(
                "dead letter: \(delivery.source) → \(delivery.function) \(delivery.id) failed \(delivery.attempts) "
                    + "time(s): \(delivery.errorType ?? "")")
            writeDeadLetter(delivery, event: event)
        }
        inFlight -= 1
        if inFlight == 0 {
            for waiter in idleWaiters { waiter.resume() }
            idleWaiters.removeAll()
        }
    }

    private func writeDeadLetter(_ delivery: Delivery, event: Data) {
        guard let deadLetterPath else { return }
        let record: [String: Any] = [
            "source": delivery.source, "function": delivery.function, "id": delivery.id,
            "attempts": delivery.attempts, "errorType": delivery.errorType ?? "",
            "time": APIGatewayClock.iso8601(Date()),
            "event": (try? JSONSerialization.jsonObject(with: event)) ?? String(decoding: event, as: UTF8.self),
        ]
        guard
            var line = try? JSONSerialization.data(
                withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        line.append(UInt8(ascii: "\n"))
        if !FileManager.default.fileExists(atPath: deadLetterPath) {
            _ = FileManager.default.createFile(atPath: deadLetterPath, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: deadLetterPath) else { return }
        handle.seekToEndOfFile()
        handle.write(line)
        try? handle.close()
    }
}
