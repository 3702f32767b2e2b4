import Foundation

/// The Runtime API state of one function process: Lambda gives an execution environment one invocation at a time.
///
/// The gateway calls ``invoke(_:timeout:)``; the process's `/next`, `/response` and `/error` calls arrive through
/// ``RuntimeAPIServer``. Everything here follows the Runtime API contract as the real service behaves.
public actor RuntimeAPISlot {
    /// What `/next` hands out.
    public struct Assignment: Sendable {
        public var requestID: String
        public var deadlineMs: Int64
        public var request: InvocationRequest
    }

    /// Scripted misbehaviour for tests of the runtime.
    public struct Behavior: Sendable {
        /// When set, `/next` answers with this status and a JSON error instead of an event.
        public var nextStatus: Int?

        public init(nextStatus: Int? = nil) {
            self.nextStatus = nextStatus
        }
    }

    private struct InFlight {
        var assignment: Assignment
        var continuation: CheckedContinuation<InvocationOutcome, Never>
        var delivered = false
    }

    public let functionARN: String
    public var behavior: Behavior
    private var queue: [InFlight] = []
    private var current: InFlight?
    private var waiter: CheckedContinuation<Assignment?, Never>?
    private var readyWaiters: [CheckedContinuation<Bool, Never>] = []
    private var exitStatus: Int32?
    private var initFailure: (type: String, body: Data)?
    /// True once the process has asked for its first event: its initialisation is over.
    public private(set) var isReady = false
    /// Every `/error` body posted, for tests.
    public private(set) var postedErrors: [(type: String, body: Data)] = []

    public init(functionARN: String, behavior: Behavior = Behavior()) {
        self.functionARN = functionARN
        self.behavior = behavior
    }

    public func setBehavior(_ behavior: Behavior) {
        self.behavior = behavior
    }

    /// Queues `request` for the process and waits for its outcome, at most `timeout`.
    public func invoke(_ request: InvocationRequest, timeout: Duration) async -> InvocationOutcome {
        if let exitStatus { return deadOutcome(exitStatus) }
        let requestID = UUID().uuidString.lowercased()
        let timeoutMs = Int64(
            timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        let deadline = Int64(Date().timeIntervalSince1970 * 1000) + timeoutMs
        var request = request
        if request.traceID == nil { request.traceID = TraceID.make() }
        let assignment = Assignment(requestID: requestID, deadlineMs: deadline, request: request)
        let timer = Task { [weak self] in
            try await Task.sleep(for: timeout)
            await self?.expire(requestID, after: timeout)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            queue.append(InFlight(assignment: assignment, continuation: continuation))
            dispatch()
        }
    }

    /// Waits until the process polls `/next` for the first time, or exits; returns whether it became ready.
    public func waitUntilReady() async -> Bool {
        if isReady { return true }
        if exitStatus != nil || initFailure != nil { return false }
        return await withCheckedContinuation { readyWaiters.append($0) }
    }

    // MARK: Runtime API side

    /// `/next`: returns the next assignment, waiting as long as it takes; `nil` when the slot is closing.
    func next() async -> Assignment? {
        if !isReady {
            isReady = true
            readyWaiters.forEach { $0.resume(returning: true) }
            readyWaiters.removeAll()
        }
        if let current, current.delivered {
            // A runtime asking for more before answering abandons its event: Lambda treats that as a failure.
            finish(InvocationOutcome.functionError(type: "Runtime.InvalidStateTransition", body: Data()))
        }
        if let assignment = takeNext() { return assignment }
        return await withCheckedContinuation { continuation in
            waiter?.resume(returning: nil)
            waiter = continuation
        }
    }

    /// `/response`: 202 when accepted, 400 for an unknown id, 413 past the size limit.
    func respond(requestID: String, body: Data) -> (status: Int, body: String) {
        guard current?.assignment.requestID == requestID else { return Self.invalidRequestID }
        guard body.count <= Self.maxResponseBytes else {
            finish(.functionError(type: "Function.ResponseSizeTooLarge", body: Data(Self.tooLarge.utf8)))
            return (413, Self.tooLarge)
        }
        finish(.success(body))
        return (202, #"{"status":"OK"}"#)
    }

    /// `/error`: 202 when accepted, 400 for an unknown id.
    func reportError(requestID: String, type: String?, body: Data) -> (status: Int, body: String) {
        guard current?.assignment.requestID == requestID else { return Self.invalidRequestID }
        let errorType = type ?? Self.errorType(in: body) ?? "Unhandled"
        postedErrors.append((errorType, body))
        finish(.functionError(type: errorType, body: body))
        return (202, #"{"status":"OK"}"#)
    }

    /// `/init/error`: records the failure; the process is expected to exit.
    func reportInitError(type: String?, body: Data) -> (status: Int, body: String) {
        let errorType = type ?? Self.errorType(in: body) ?? "Runtime.Unknown"
        initFailure = (errorType, body)
        failEverything(.initFailed(type: errorType, body: body))
        return (202, #"{"status":"OK"}"#)
    }

    /// The process has exited with `status`: fail what it held and what waited for it.
    public func processExited(status: Int32) {
        exitStatus = status
        failEverything(deadOutcome(status))
        waiter?.resume(returning: nil)
        waiter = nil
    }

    // MARK: Internals

    private func deadOutcome(_ status: Int32) -> InvocationOutcome {
        if let initFailure { return .initFailed(type: initFailure.type, body: initFailure.body) }
        if !isReady {
            let body = #"{"errorMessage":"Runtime exited without providing a reason","errorType":"Runtime.ExitError"}"#
            return .initFailed(type: "Runtime.ExitError", body: Data(body.utf8))
        }
        return .crashed(status: status)
    }

    private func failEverything(_ outcome: InvocationOutcome) {
        if current != nil { finish(outcome) }
        for queued in queue { queued.continuation.resume(returning: outcome) }
        queue.removeAll()
        readyWaiters.forEach { $0.resume(returning: false) }
        readyWaiters.removeAll()
    }

    private func dispatch() {
        guard let waiter, let assignment = takeNext() else { return }
        self.waiter = nil
        waiter.resume(returning: assignment)
    }

    private func takeNext() -> Assignment? {
        guard current == nil, !queue.isEmpty else { return nil }
        var next = queue.removeFirst()
        next.delivered = true
        current = next
        return next.assignment
    }

    private func finish(_ outcome: InvocationOutcome) {
        guard let done = current else { return }
        current = nil
        done.continuation.resume(returning: outcome)
        dispatch()
    }

    private func expire(_ requestID: String, after timeout: Duration) {
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        if current?.assignment.requestID == requestID {
            finish(.timedOut(seconds: seconds))
        } else if let index = queue.firstIndex(where: { $0.assignment.requestID == requestID }) {
            queue.remove(at: index).continuation.resume(returning: .timedOut(seconds: seconds))
        }
    }

    static let maxResponseBytes = 6_291_556
    static let tooLarge =
        #"{"errorMessage":"Exceeded maximum allowed payload size (6291556 bytes).","errorType":"RequestEntityTooLarge"}"#
    static let invalidRequestID = (400, #"{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}"#)

    private static func errorType(in body: Data) -> String? {
        struct Report: Decodable { var errorType: String? }
        return (try? JSONDecoder().decode(Report.self, from: body))?.errorType
    }
}
