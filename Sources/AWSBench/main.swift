// Micro-benchmarks of the AWS client's CPU work, printed one JSON object per line so that `scripts/bench` can set them
// beside botocore's numbers from `scripts/bench-aws-botocore.py`:
//   sigv4_put_item: SigV4 header signatures per CPU-second of a ~1 KB DynamoDB PutItem (session token included);
//   codable_item: Codable encode + decode round trips per CPU-second of a ~1 KB item through AttributeValue JSON.
// Usage: AWSBench [--seconds N] [--only sigv4|codable] (default 2 seconds per measurement, both measurements).

import Runtime
import Shared

#if canImport(Glibc)
import Glibc
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func wallSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Runs `body` in batches until `seconds` of CPU time have passed; returns operations per CPU-second and per second.
func measure(seconds: Double, batch: Int = 1000, _ body: () throws -> Void) rethrows -> (cpu: Double, wall: Double) {
    for _ in 0..<batch { try body() }
    let startCPU = cpuSeconds()
    let startWall = wallSeconds()
    var operations = 0
    while cpuSeconds() - startCPU < seconds {
        for _ in 0..<batch { try body() }
        operations += batch
    }
    let cpu = cpuSeconds() - startCPU
    let wall = wallSeconds() - startWall
    return (Double(operations) / cpu, Double(operations) / wall)
}

var seconds = 2.0
if let index = CommandLine.arguments.firstIndex(of: "--seconds"), index + 1 < CommandLine.arguments.count {
    seconds = Double(CommandLine.arguments[index + 1]) ?? seconds
}

var only: String?
if let index = CommandLine.arguments.firstIndex(of: "--only"), index + 1 < CommandLine.arguments.count {
    only = CommandLine.arguments[index + 1]
}

let item = BenchItem.sample
let body = BenchItem.putItemBody(item)
let credentials = AWSCredentials(
    accessKeyId: "ASIAEXAMPLEEXAMPLE12", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: String(repeating: "T", count: 356))
let signer = SigV4Signer(region: "us-east-1", service: "dynamodb")
let template = HTTPRequest(
    method: "POST", url: "https://dynamodb.us-east-1.amazonaws.com/",
    headers: [
        "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "DynamoDB_20120810.PutItem",
    ], body: body)
let now = Date(timeIntervalSince1970: 1_790_000_000)
var sink = 0
let signing =
    only == "codable"
    ? (cpu: 0, wall: 0)
    : measure(seconds: seconds) {
        var request = template
        signer.sign(&request, credentials: credentials, date: now)
        sink &+= request.headers.fields.count
    }
print(
    #"{"name":"sigv4_put_item","body_bytes":\#(body.count),"per_cpu_second":\#(Int(signing.cpu)),"per_second":\#(Int(signing.wall))}"#
)

let itemEncoder = DynamoDBEncoder(keyEncoding: .convertToSnakeCase)
let itemDecoder = DynamoDBDecoder(keyEncoding: .convertToSnakeCase)
let jsonEncoder = JSONEncoder()
let jsonDecoder = JSONDecoder()
let sampleJSON = try jsonEncoder.encode(try itemEncoder.encode(item))
let coding =
    try only == "sigv4"
    ? (cpu: 0, wall: 0)
    : measure(seconds: seconds, batch: 200) {
        let json = try jsonEncoder.encode(try itemEncoder.encode(item))
        let decoded = try itemDecoder.decode(
            BenchItem.self, from: try jsonDecoder.decode(DynamoDBItem.self, from: json))
        sink &+= decoded.score
    }
print(
    #"{"name":"codable_item_round_trip","item_json_bytes":\#(sampleJSON.count),"per_cpu_second":\#(Int(coding.cpu)),"per_second":\#(Int(coding.wall))}"#
)
if sink == 42 { print("") }
