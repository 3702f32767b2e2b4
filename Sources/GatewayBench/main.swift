import Foundation
import LocalGatewayCore
import Runtime

// LocalGateway's benchmark: a cheap route (GET /probe/cheap of Tests/Fixtures/templates/gateway.yaml, served by the
// GatewayProbe executable) through the gateway at concurrency 1 and 16, and the same event invoked directly through
// our Runtime API (FunctionInstance, no HTTP API in front) in the same run, so the gateway's own overhead shows as
// the difference. No moto is needed: the route is public and the probe makes no AWS call.
//
//   swift build -c release --product GatewayBench --product GatewayProbe
//   .build/release/GatewayBench [--requests 4000] [--build-path .build/release]

struct Options {
    var requests = 4_000
    var buildPath = ".build/release"
    var template = "Tests/Fixtures/templates/gateway.yaml"

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--requests": requests = Int(iterator.next() ?? "") ?? requests
            case "--build-path": buildPath = iterator.next() ?? buildPath
            case "--template": template = iterator.next() ?? template
            default: break
            }
        }
    }
}

/// Latencies of one run and its throughput.
struct Sample {
    var latencies: [Duration]
    var elapsed: Duration

    var requestsPerSecond: Double { Double(latencies.count) / seconds(elapsed) }

    func percentile(_ p: Double) -> Double {
        let sorted = latencies.sorted()
        let index = min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)
        return seconds(sorted[max(0, index)]) * 1_000
    }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Runs `count` calls of `call` over `concurrency` workers and times each.
func measure(
    count: Int, concurrency: Int, _ call: @escaping @Sendable (Int) async throws -> Void
) async throws -> Sample {
    let clock = ContinuousClock()
    let start = clock.now
    let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
        for worker in 0..<concurrency {
            group.addTask {
                var mine: [Duration] = []
                for _ in stride(from: worker, to: count, by: concurrency) {
                    let began = clock.now
                    try await call(worker)
                    mine.append(clock.now - began)
                }
                return mine
            }
        }
        return try await group.reduce(into: []) { $0 += $1 }
    }
    return Sample(latencies: latencies, elapsed: clock.now - start)
}

func format(_ value: Double, _ digits: Int = 2) -> String {
    let scale = pow(10, Double(digits))
    return String((value * scale).rounded() / scale)
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let template = try SAMTemplate.load(path: options.template)
let naming = LocalNaming(stackName: "bench")
let backend = try await LocalBackend.start(
    LocalBackend.Options(
        template: template, resources: try naming.resources(for: template), naming: naming,
        buildPath: options.buildPath, awsEndpoint: "http://127.0.0.1:9",
        pools: ["FrontFunction": .init(minimum: 16, maximum: 16)], defaultPool: .init(minimum: 0, maximum: 1)))
let transport = try CurlTransport(maxConnectionsPerHost: 32)
let url = backend.url + "/probe/cheap"
@Sendable func viaGateway(_: Int) async throws {
    let response = try await transport.send(HTTPRequest(method: "GET", url: url), timeout: .seconds(30))
    guard response.status == 200 else { throw LocalGatewayError("GET /probe/cheap answered \(response.status)") }
}

let route = RouteTable(routes: template.routes).match(method: "GET", path: "/probe/cheap")!
let event = HTTPAPIEventBuilder().event(
    for: GatewayRequest(method: "GET", rawPath: "/probe/cheap", headers: [("host", "127.0.0.1")]), match: route,
    authorization: nil, requestId: "bench", now: Date())
var instances: [FunctionInstance] = []
for _ in 0..<16 {
    instances.append(
        try await FunctionInstance(
            name: "FrontFunction", executable: URL(fileURLWithPath: "\(options.buildPath)/GatewayProbe"),
            environment: [:], output: { _, _ in }))
}
let direct = instances
@Sendable func viaRuntimeAPI(_ worker: Int) async throws {
    let outcome = await direct[worker].invoke(InvocationRequest(event: event), timeout: .seconds(30))
    guard outcome.errorType == nil else { throw LocalGatewayError("direct invoke failed: \(outcome.errorType ?? "")") }
}

_ = try await measure(count: 400, concurrency: 16, viaGateway)
_ = try await measure(count: 400, concurrency: 16, viaRuntimeAPI)
print("LocalGateway bench: GET /probe/cheap, \(options.requests) requests per row (\(options.buildPath))")
print("path            conc    req/s   p50 ms   p99 ms")
var rows: [String: Sample] = [:]
for concurrency in [1, 16] {
    for (name, call) in [("gateway", viaGateway), ("runtime-api", viaRuntimeAPI)]
        as [(String, @Sendable (Int) async throws -> Void)]
    {
        let sample = try await measure(count: options.requests, concurrency: concurrency, call)
        rows["\(name)-\(concurrency)"] = sample
        let label = name.padding(toLength: 14, withPad: " ", startingAt: 0)
        print(
            "\(label) \(String(concurrency).leftPad(5)) \(format(sample.requestsPerSecond, 0).leftPad(8)) "
                + "\(format(sample.percentile(0.5), 3).leftPad(8)) \(format(sample.percentile(0.99), 3).leftPad(8))")
    }
}
for concurrency in [1, 16] {
    guard let gateway = rows["gateway-\(concurrency)"], let runtime = rows["runtime-api-\(concurrency)"] else {
        continue
    }
    let overhead = gateway.percentile(0.5) - runtime.percentile(0.5)
    print(
        "gateway overhead at concurrency \(concurrency): +\(format(overhead, 3)) ms at p50 "
            + "(\(format(gateway.percentile(0.5) / runtime.percentile(0.5))) x the direct Runtime API invoke), "
            + "throughput \(format(gateway.requestsPerSecond / runtime.requestsPerSecond)) x")
}
for instance in instances { instance.shutdown() }
await backend.stop()

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
