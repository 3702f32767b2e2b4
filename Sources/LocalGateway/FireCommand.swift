import ArgumentParser
import Foundation
import Runtime

/// `LocalGateway fire <schedule>`: fires one of the template's `ScheduleV2` schedules now, through a running gateway.
struct FireCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fire",
        abstract: "Fires a schedule of the template now, with its Input, on a running `LocalGateway serve`.",
        discussion: """
            Prints the outcome as JSON ({"status":"Succeeded"|"Failed", "payload":…}) and exits 1 when the function \
            failed. The same as `curl -X POST <gateway>/_local/schedules/<name>`.
            """)

    @Argument(help: "The schedule's event name in the template, e.g. DailyStreak.")
    var name: String

    @Option(help: "The gateway's URL; by default the one the running serve wrote to --state-file.")
    var gateway: String?

    @Option(help: "The state file a running serve writes.")
    var stateFile = LocalState.defaultPath

    func run() async throws {
        guard let base = gateway ?? LocalState.read(from: stateFile)?.gatewayURL else {
            throw ValidationError(
                "no running gateway found in \(stateFile); start `LocalGateway serve` or pass --gateway")
        }
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
        let response = try await CurlTransport().send(
            HTTPRequest(method: "POST", url: "\(base)/_local/schedules/\(encoded)"), timeout: .seconds(330))
        print(String(decoding: response.body, as: UTF8.self))
        if response.status != 200 { throw ExitCode(1) }
    }
}
