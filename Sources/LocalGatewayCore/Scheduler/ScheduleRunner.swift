import Foundation
import Synchronization

/// EventBridge Scheduler for the template's `ScheduleV2` events: each schedule can be fired on request, and all of
/// them optionally on their own rate or cron. The target receives the schedule's `Input` with its context
/// attributes (`<aws.scheduler.scheduled-time>`, `execution-id`, `attempt-number`, `schedule-arn`) filled in.
public final class ScheduleRunner: Sendable {
    /// The outcome of a schedule fired on request.
    public struct Firing: Sendable {
        public var schedule: ScheduleSpec
        public var executionId: String
        public var outcome: InvocationOutcome
    }

    public let schedules: [String: ScheduleSpec]
    private let invoke: AsyncInvoker.Invoke
    private let invoker: AsyncInvoker
    private let region: String
    private let accountId: String
    private let timers: TimerTasks

    public init(
        schedules: [ScheduleSpec], region: String, accountId: String, invoker: AsyncInvoker,
        invoke: @escaping AsyncInvoker.Invoke
    ) {
        self.schedules = Dictionary(schedules.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.invoke = invoke
        self.invoker = invoker
        self.region = region
        self.accountId = accountId
        self.timers = TimerTasks()
    }

    /// Fires `name` once, now, and waits for the function (one attempt, so the caller sees its outcome).
    ///
    /// - Returns: `nil` when the template has no schedule of that name.
    public func fire(_ name: String, now: Date = Date()) async -> Firing? {
        guard let schedule = schedules[name] else { return nil }
        let executionId = UUID().uuidString.lowercased()
        let event = input(for: schedule, scheduledTime: now, executionId: executionId, attempt: 1)
        return Firing(schedule: schedule, executionId: executionId, outcome: await invoke(schedule.function, event))
    }

    /// The target input: the schedule's `Input` with the context attributes substituted (`{}` without an input).
    public func input(for schedule: ScheduleSpec, scheduledTime: Date, executionId: String, attempt: Int) -> Data {
        let arn = "arn:aws:scheduler:\(region):\(accountId):schedule/default/\(schedule.name)"
        var text = schedule.input ?? "{}"
        for (name, value) in [
            ("scheduled-time", APIGatewayClock.iso8601(scheduledTime)), ("execution-id", executionId),
            ("attempt-number", String(attempt)), ("schedule-arn", arn),
        ] {
            text = text.replacingOccurrences(of: "<aws.scheduler.\(name)>", with: value)
        }
        return Data(text.utf8)
    }

    /// Starts firing every schedule on its own expression, in the background, with its retry policy (at most
    /// `maxRetries` locally).
    ///
    /// - Throws: ``TemplateError`` when an expression cannot be read.
    public func startTimers(maxRetries: Int = 2) throws {
        for schedule in schedules.values {
            let expression = try ScheduleExpression(schedule.expression)
            let zone = TimeZone(identifier: schedule.timezone) ?? TimeZone(identifier: "UTC")!
            let task = Task { [invoker] in
                var after = Date()
                while !Task.isCancelled, let next = expression.next(after: after, timeZone: zone) {
                    try await Task.sleep(for: .seconds(max(0, next.timeIntervalSinceNow)))
                    let executionId = UUID().uuidString.lowercased()
                    await invoker.deliver(
                        function: schedule.function, source: "schedule/\(schedule.name)", id: executionId,
                        retries: min(schedule.maximumRetryAttempts, maxRetries)
                    ) { attempt in
                        self.input(for: schedule, scheduledTime: next, executionId: executionId, attempt: attempt)
                    }
                    after = next
                }
            }
            timers.add(task)
        }
    }

    /// Stops the timers.
    public func stopTimers() {
        timers.cancelAll()
    }
}

/// The timer tasks, cancellable from any thread.
private final class TimerTasks: Sendable {
    private let tasks = Mutex<[Task<Void, any Error>]>([])

    func add(_ task: Task<Void, any Error>) {
        tasks.withLock { $0.append(task) }
    }

    func cancelAll() {
        tasks.withLock { tasks in
            tasks.forEach { $0.cancel() }
            tasks.removeAll()
        }
    }
}
