import ArgumentParser
import Foundation
import LocalGatewayCore
import Runtime
import Shared

/// `LocalGateway serve`: provisions moto_server from the template, creates the demo users, loads the catalog when a
/// seeder exists, and serves the whole backend on loopback until Ctrl-C or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Runs the whole backend locally against a moto_server: HTTP API, authorizer, functions, events.",
        discussion: """
            moto_server must be running (scripts/serve starts it). Provisioning is idempotent: against a moto that \
            already holds the tables, pool and users, serve keeps them.
            """)

    @Option(help: "The SAM template.")
    var template = "template.yaml"

    @Option(help: "The folder holding the built function executables.")
    var buildPath = ".build/debug"

    @Option(help: "moto_server's URL.")
    var motoEndpoint = ProcessInfo.processInfo.environment["MOTO_ENDPOINT"] ?? "http://127.0.0.1:5055"

    @Option(help: "The gateway's port on 127.0.0.1.")
    var port = Int(ProcessInfo.processInfo.environment["LOCAL_GATEWAY_PORT"] ?? "") ?? 8080

    @Option(help: "The region the functions and moto use.")
    var region = "us-east-1"

    @Option(help: "The stack name used in resource names.")
    var stackName = "cloudmentor-local"

    @Option(name: .customLong("parameter"), help: "A template parameter override, NAME=VALUE (repeatable).")
    var parameters: [String] = []

    @Option(name: .customLong("processes"), help: "A function's pool size, LogicalId=MIN:MAX (repeatable).")
    var processes: [String] = []

    @Option(help: "Processes started per function.")
    var minProcesses = 1

    @Option(help: "The most processes per function.")
    var maxProcesses = 4

    @Option(
        name: .customLong("only"), help: "Run only this function (logical id, repeatable); routes to others answer 502."
    )
    var onlyFunctions: [String] = []

    @Flag(help: "Also fire every schedule on its own rate or cron.")
    var runSchedules = false

    @Option(help: "Where serve writes its state (for fire and token) and the dead-letter log.")
    var stateDirectory = ".build/local"

    func run() async throws {
        let overrides = try pairs(parameters, "--parameter")
        var pools: [String: FunctionPool.Configuration] = [:]
        for (name, size) in try pairs(processes, "--processes") {
            let bounds = size.split(separator: ":").compactMap { Int($0) }
            guard bounds.count == 2 else {
                throw ValidationError("--processes wants LogicalId=MIN:MAX: \(name)=\(size)")
            }
            pools[name] = .init(minimum: bounds[0], maximum: bounds[1])
        }
        let sam = try SAMTemplate.load(path: template)
        let naming = LocalNaming(stackName: stackName, region: region)
        let client = AWSClient(
            transport: try CurlTransport(),
            credentials: StaticCredentialProvider(
                AWSCredentials(accessKeyId: LocalBackend.accessKeyId, secretAccessKey: LocalBackend.secretAccessKey)))
        printError("Provisioning moto_server at \(motoEndpoint) from \(template)")
        let provisioner = MotoProvisioner(
            template: sam, naming: naming, parameters: overrides, endpoint: motoEndpoint, client: client,
            log: { printError("  " + $0) })
        let resources = try await provisioner.provision()
        let poolId = sam.logicalIds(ofType: "AWS::Cognito::UserPool").first.flatMap { resources.refs[$0] }
        let clientId = sam.logicalIds(ofType: "AWS::Cognito::UserPoolClient").first.flatMap { resources.refs[$0] }
        let demo = DemoUsers(cognito: provisioner.cognito)
        if let poolId { try await demo.create(userPoolId: poolId) }
        try await CatalogSeedHook(buildPath: buildPath).run(
            environment: try seedEnvironment(sam, naming: naming, overrides: overrides, resources: resources))

        try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        let backend = try await LocalBackend.start(
            LocalBackend.Options(
                template: sam, resources: resources, naming: naming, parameters: overrides, buildPath: buildPath,
                awsEndpoint: motoEndpoint, port: port, pools: pools,
                defaultPool: .init(minimum: minProcesses, maximum: maxProcesses),
                deadLetterPath: "\(stateDirectory)/dead-letters.jsonl", runSchedules: runSchedules,
                log: { printError("[gateway] " + $0) },
                functionOutput: { function, line, _ in printError("[\(function)] " + line) },
                onlyFunctions: onlyFunctions.isEmpty ? nil : Set(onlyFunctions)))
        let state = LocalState(
            gatewayURL: backend.url, motoEndpoint: motoEndpoint, region: region, userPoolId: poolId,
            userPoolClientId: clientId)
        try state.write(to: "\(stateDirectory)/state.json")
        FileHandle.standardOutput.write(Data((banner(url: backend.url, template: sam) + "\n").utf8))

        let signal = await SignalWaiter.wait(for: [SIGINT, SIGTERM])
        printError("Stopping (signal \(signal))…")
        await backend.stop()
        try? FileManager.default.removeItem(atPath: "\(stateDirectory)/state.json")
    }

    private func banner(url: String, template: SAMTemplate) -> String {
        let api = url + "/api/v1"
        let simple = template.routes.filter { $0.method == "GET" && !$0.path.contains("{") }
        let publicRoute =
            simple.first { $0.authorizer == nil && $0.path.hasSuffix("/health") }
            ?? simple.first { $0.authorizer == nil }
        let protectedRoute =
            simple.first { $0.authorizer != nil && $0.path.hasSuffix("/users/me") }
            ?? simple.first { $0.authorizer != nil }
        var lines = [
            "",
            "CloudMentor local backend is up.",
            "  API:        \(api)",
            "  Functions:  \(template.functions.count), \(template.routes.count) routes, "
                + "\(template.rules.count) rules, \(template.schedules.count) schedules",
            "  Schedules:  LocalGateway fire <name>   or   curl -X POST \(url)/_local/schedules/<name>",
            "",
            "Demo logins (Cognito user pool in moto_server):",
            "  learner:       \(DemoUsers.learner.email) / \(DemoUsers.learner.password)",
            "  administrator: \(DemoUsers.administrator.email) / \(DemoUsers.administrator.password)  (group admin)",
            "",
            "Try it:",
        ]
        if let publicRoute { lines.append("  curl -s \(url)\(publicRoute.path)") }
        if let protectedRoute {
            lines.append(
                "  curl -s -H \"Authorization: Bearer $(.build/debug/LocalGateway token learner)\" \(url)\(protectedRoute.path)"
            )
        }
        lines += ["", "Ctrl-C stops everything."]
        return lines.joined(separator: "\n")
    }

    /// The seeder gets what the functions get: every table, bus and pool name, plus moto's endpoint.
    private func seedEnvironment(
        _ template: SAMTemplate, naming: LocalNaming, overrides: [String: String], resources: LocalResources
    ) throws -> [String: String] {
        let resolver = naming.resolver(for: template, parameters: overrides, resources: resources)
        let builder = FunctionEnvironmentBuilder(
            awsEndpoint: motoEndpoint, eventBridgeEndpoint: "http://127.0.0.1:\(port)", region: region,
            accessKeyId: LocalBackend.accessKeyId, secretAccessKey: LocalBackend.secretAccessKey)
        var environment: [String: String] = [:]
        for function in template.functions {
            environment.merge(try builder.environment(for: function, resolver: resolver)) { first, _ in first }
        }
        environment["CONTENT_DIR"] = "content"
        return environment
    }

    private func pairs(_ values: [String], _ option: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for value in values {
            guard let equals = value.firstIndex(of: "=") else {
                throw ValidationError("\(option) wants NAME=VALUE: \(value)")
            }
            result[String(value[..<equals])] = String(value[value.index(after: equals)...])
        }
        return result
    }
}
