import Foundation
import Testing

@testable import LocalGatewayCore

@Suite("Schedules")
struct ScheduleTests {
    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    @Test(
        "the next firing of rate and cron expressions",
        arguments: [
            ("rate(5 minutes)", "2025-01-01T10:00:00Z", "2025-01-01T10:05:00Z"),
            ("rate(1 hour)", "2025-01-01T10:00:30Z", "2025-01-01T11:00:30Z"),
            ("rate(2 days)", "2025-01-01T00:00:00Z", "2025-01-03T00:00:00Z"),
            ("cron(5 0 * * ? *)", "2025-01-01T00:04:59Z", "2025-01-01T00:05:00Z"),
            ("cron(5 0 * * ? *)", "2025-01-01T00:05:00Z", "2025-01-02T00:05:00Z"),
            ("cron(15 0 ? * MON *)", "2025-01-01T12:00:00Z", "2025-01-06T00:15:00Z"),
            ("cron(0 9 ? * SUN *)", "2025-01-05T09:00:00Z", "2025-01-12T09:00:00Z"),
            ("cron(0 17 * * ? *)", "2025-03-10T17:30:00Z", "2025-03-11T17:00:00Z"),
            ("cron(0/20 8-9 ? * 2-6 *)", "2025-01-04T12:00:00Z", "2025-01-06T08:00:00Z"),
            ("cron(30 1 1,15 * ? *)", "2025-01-02T00:00:00Z", "2025-01-15T01:30:00Z"),
            ("cron(0 0 1 JAN ? 2027)", "2025-06-01T00:00:00Z", "2027-01-01T00:00:00Z"),
            ("at(2025-02-01T12:00:00)", "2025-01-01T00:00:00Z", "2025-02-01T12:00:00Z"),
        ])
    func next(expression: String, after: String, expected: String) throws {
        #expect(try ScheduleExpression(expression).next(after: Self.date(after)) == Self.date(expected))
    }

    @Test("a one-time schedule in the past never fires again")
    func pastAt() throws {
        #expect(try ScheduleExpression("at(2020-01-01T00:00:00)").next(after: Self.date("2025-01-01T00:00:00Z")) == nil)
    }

    @Test(
        "expressions LocalGateway cannot read are refused",
        arguments: [
            "rate(0 minutes)", "rate(5 weeks)", "rate(five minutes)", "cron(5 0 * * *)", "cron(5 0 L * ? *)",
            "cron(61 0 * * ? *)", "cron(0 0 ? * MON#2 *)", "every 5 minutes", "at(tomorrow)", "cron(0 0 5 * 2 *)",
        ])
    func refused(expression: String) {
        #expect(throws: TemplateError.self) { try ScheduleExpression(expression) }
    }

    @Test("the input gets the scheduler's context attributes")
    func input() throws {
        let schedule = ScheduleSpec(
            name: "Nightly", function: "F", expression: "cron(5 0 * * ? *)",
            input: #"{"job":"n","at":"<aws.scheduler.scheduled-time>","id":"<aws.scheduler.execution-id>","#
                + #""try":"<aws.scheduler.attempt-number>","arn":"<aws.scheduler.schedule-arn>"}"#)
        let runner = ScheduleRunner(
            schedules: [schedule], region: "us-east-1", accountId: "123456789012",
            invoker: AsyncInvoker { _, _ in .success(Data()) }
        ) { _, _ in .success(Data()) }
        let data = runner.input(
            for: schedule, scheduledTime: Self.date("2025-01-01T00:05:00Z"), executionId: "exec-1", attempt: 2)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(
            object == [
                "job": "n", "at": "2025-01-01T00:05:00Z", "id": "exec-1", "try": "2",
                "arn": "arn:aws:scheduler:us-east-1:123456789012:schedule/default/Nightly",
            ])
    }

    @Test("firing on request invokes the schedule's function once with its input; unknown names are nil")
    func fire() async throws {
        let calls = Recorder()
        let runner = ScheduleRunner(
            schedules: [ScheduleSpec(name: "S", function: "Back", expression: "rate(1 day)", input: #"{"job":"j"}"#)],
            region: "us-east-1", accountId: "1", invoker: AsyncInvoker { _, _ in .success(Data()) }
        ) { function, event in
            calls.append(function + " " + String(decoding: event, as: UTF8.self))
            return .functionError(type: "Boom", body: Data())
        }
        let firing = try #require(await runner.fire("S"))
        #expect(firing.outcome.errorType == "Boom")
        #expect(calls.values == [#"Back {"job":"j"}"#])
        #expect(await runner.fire("Missing") == nil)
    }
}
