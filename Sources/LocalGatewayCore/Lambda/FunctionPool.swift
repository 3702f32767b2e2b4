import Foundation

/// The execution environments of one function: processes started on demand up to ``Configuration/maximum``, each
/// serving one invocation at a time. A process that crashes, times out or fails its init is discarded and, while
/// the pool is below ``Configuration/minimum``, replaced at once. Callers beyond the limit wait their turn.
public actor FunctionPool {
    /// How many processes a function may have.
    public struct Configuration: Sendable, Equatable {
        /// Started with the pool and kept running (replaced when one dies).
        public var minimum: Int
        /// The most processes at once; further invocations queue.
        public var maximum: Int

        public init(minimum: Int = 1, maximum: Int = 4) {
            self.minimum = max(0, minimum)
            self.maximum = max(1, maximum, minimum)
        }
    }

    /// What a process is started from.
    public struct Launch: Sendable {
        public var name: String
        public var executable: URL
        public var environment: [String: String]
        public var memoryMB: Int
        public var timeout: Duration
        public var accountId: String

        public init(
            name: String, executable: URL, environment: [String: String], memoryMB: Int, timeout: Duration,
            accountId: String
        ) {
            self.name = name
            self.executable = executable
            self.environment = environment
            self.memoryMB = memoryMB
            self.timeout = timeout
            self.accountId = accountId
        }
    }

    public nonisolated let launch: Launch
    public nonisolated let configuration: Configuration
    private let output: FunctionProcess.LineSink
    private var idle: [FunctionInstance] = []
    private var all: [ObjectIdentifier: FunctionInstance] = [:]
    /// Processes running or starting.
    private var live = 0
    private var waiters: [CheckedContinuation<FunctionInstance?, Never>] = []
    private var closed = false
    /// Processes started so far, for tests and the bench.
    public private(set) var started = 0

    public init(launch: Launch, configuration: Configuration, output: @escaping FunctionProcess.LineSink) {
        self.launch = launch
        self.configuration = configuration
        self.output = output
    }

    /// Starts the minimum number of processes and waits until each has asked for its first event.
    public func warmUp() async {
        while live < configuration.minimum, !closed {
            guard let instance = try? await start() else { return }
            _ = await instance.slot.waitUntilReady()
            release(instance, healthy: !instance.process.hasExited)
        }
    }

    /// Invokes the function with the template's timeout: Lambda's synchronous `Invoke`.
    public func invoke(_ request: InvocationRequest) async -> InvocationOutcome {
        let instance: FunctionInstance
        do {
            instance = try await acquire()
        } catch {
            let body = #"{"errorMessage":"\#(error)","errorType":"Runtime.InvalidEntrypoint"}"#
            return .initFailed(type: "Runtime.InvalidEntrypoint", body: Data(body.utf8))
        }
        let outcome = await instance.invoke(request, timeout: launch.timeout)
        switch outcome {
        case .success, .functionError: release(instance, healthy: !instance.process.hasExited)
        case .timedOut, .crashed, .initFailed: release(instance, healthy: false)
        }
        return outcome
    }

    /// Processes alive now (idle or busy).
    public var liveCount: Int { live }

    /// Stops every process; later invocations fail.
    public func shutdown() {
        closed = true
        for instance in all.values { instance.shutdown() }
        all.removeAll()
        idle.removeAll()
        for waiter in waiters { waiter.resume(returning: nil) }
        waiters.removeAll()
    }

    private func acquire() async throws -> FunctionInstance {
        while true {
            if closed { throw LocalGatewayError("the \(launch.name) pool is shut down") }
            while let instance = idle.popLast() {
                if !instance.process.hasExited { return instance }
                discard(instance)
            }
            if live < configuration.maximum { return try await start() }
            if let handed = await withCheckedContinuation({ waiters.append($0) }) { return handed }
        }
    }

    private func start() async throws -> FunctionInstance {
        live += 1
        started += 1
        do {
            let instance = try await FunctionInstance(
                name: launch.name, executable: launch.executable, environment: launch.environment,
                memoryMB: launch.memoryMB, timeoutSeconds: launch.timeout.seconds, accountId: launch.accountId,
                output: output)
            all[ObjectIdentifier(instance)] = instance
            if closed { instance.shutdown() }
            return instance
        } catch {
            live -= 1
            wakeOne(with: nil)
            throw error
        }
    }

    private func release(_ instance: FunctionInstance, healthy: Bool) {
        guard healthy, !closed else {
            discard(instance)
            return
        }
        if waiters.isEmpty {
            idle.append(instance)
        } else {
            waiters.removeFirst().resume(returning: instance)
        }
    }

    private func discard(_ instance: FunctionInstance) {
        instance.shutdown()
        guard all.removeValue(forKey: ObjectIdentifier(instance)) != nil else { return }
        live -= 1
        if !waiters.isEmpty {
            wakeOne(with: nil)
        } else if live < configuration.minimum, !closed {
            Task { await self.replenish() }
        }
    }

    private func replenish() async {
        guard live < configuration.minimum, !closed, let instance = try? await start() else { return }
        release(instance, healthy: true)
    }

    private func wakeOne(with instance: FunctionInstance?) {
        guard !waiters.isEmpty else { return }
        waiters.removeFirst().resume(returning: instance)
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
