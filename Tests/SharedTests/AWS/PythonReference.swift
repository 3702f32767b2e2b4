import Foundation

/// Runs a helper script of `Tests/Fixtures/aws` with `python3` (the interpreter moto_server runs on, so boto3 and
/// botocore are there whenever moto is), feeding JSON on stdin and reading JSON from stdout.
enum PythonReference {
    static func run(_ script: String, input: [String: Any]) throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", AWSTestPaths.fixtures.appendingPathComponent(script).path]
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(try JSONSerialization.data(withJSONObject: input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw PythonReferenceError(description: "\(script) failed: \(String(decoding: errors, as: UTF8.self))")
        }
        return (try JSONSerialization.jsonObject(with: output) as? [String: Any]) ?? [:]
    }
}

struct PythonReferenceError: Error, CustomStringConvertible {
    var description: String
}
