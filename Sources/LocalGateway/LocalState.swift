import Foundation

/// What a running `serve` writes for the other subcommands (`fire`, `token`): where the gateway and moto listen,
/// and the user pool's ids.
struct LocalState: Codable {
    var gatewayURL: String
    var motoEndpoint: String
    var region: String
    var userPoolId: String?
    var userPoolClientId: String?

    static let defaultPath = ".build/local/state.json"

    func write(to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: url)
    }

    static func read(from path: String) -> LocalState? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(LocalState.self, from: data)
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
