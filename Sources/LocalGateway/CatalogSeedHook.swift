import ArgumentParser
import Foundation

/// Loads `content/` into the Catalog table when a seeder exists: the `seed-catalog` subcommand of this executable,
/// else a `SeedCatalog` executable in the build folder. It runs as
/// `seed-catalog --content content --table <CATALOG_TABLE> --endpoint <moto> --region <region>` with the functions'
/// environment; without a seeder (or a `CATALOG_TABLE`), serve goes on with an empty catalog.
struct CatalogSeedHook {
    var buildPath: String

    func run(environment: [String: String]) async throws {
        guard let table = environment["CATALOG_TABLE"], let endpoint = environment["AWS_ENDPOINT_URL"] else { return }
        let arguments = [
            "--content", environment["CONTENT_DIR"] ?? "content", "--table", table, "--endpoint", endpoint,
            "--region", environment["AWS_REGION"] ?? "us-east-1",
        ]
        var command: [String]?
        if LocalGatewayCommand.configuration.subcommands.contains(where: {
            $0.configuration.commandName == "seed-catalog"
        }) {
            command = [CommandLine.arguments[0], "seed-catalog"]
        } else if FileManager.default.isExecutableFile(atPath: "\(buildPath)/SeedCatalog") {
            command = ["\(buildPath)/SeedCatalog"]
        }
        guard let command else {
            printError("  No catalog seeder yet (LocalGateway seed-catalog): the Catalog table starts empty")
            return
        }
        printError("  Loading the catalog: \(command.joined(separator: " "))")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        try process.run()
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                process.waitUntilExit()
                continuation.resume()
            }
        }
        guard process.terminationStatus == 0 else {
            throw ValidationError("the catalog seeder exited with status \(process.terminationStatus)")
        }
    }
}
