#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The AWS shared `config` and `credentials` files: INI sections of `key = value` lines. In `config`, profiles are
/// `[profile name]` (and `[default]`); in `credentials` they are `[name]`.
public struct SharedConfigFile: Sendable, Equatable {
    /// Section name as written (`profile dev`, `default`) → keys (lowercased) → values.
    public var sections: [String: [String: String]]

    /// Parses INI text; comment lines start with `#` or `;`, and indented lines continue the previous value (used
    /// for nested settings, which are kept as raw text).
    public init(parsing text: String) {
        var sections: [String: [String: String]] = [:]
        var current: String?
        var lastKey: String?
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = Self.trim(rawLine)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = Self.trim(line.dropFirst().dropLast())
                current = name.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
                sections[current!, default: [:]] = sections[current!] ?? [:]
                lastKey = nil
                continue
            }
            guard let section = current else { continue }
            if rawLine.first == " " || rawLine.first == "\t", let key = lastKey {
                sections[section]?[key, default: ""] += "\n" + line
                continue
            }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = Self.trim(line[..<equals]).lowercased()
            var value = Self.trim(line[line.index(after: equals)...])
            if let comment = Self.inlineComment(in: value) { value = Self.trim(value[..<comment]) }
            sections[section]?[key] = value
            lastKey = key
        }
        self.sections = sections
    }

    /// The settings of `profile` in a config file (`[profile name]`, or `[default]` for `default`).
    public func configProfile(_ profile: String) -> [String: String]? {
        profile == "default" ? sections["default"] ?? sections["profile default"] : sections["profile " + profile]
    }

    /// The settings of `profile` in a credentials file (`[name]`).
    public func credentialsProfile(_ profile: String) -> [String: String]? {
        sections[profile]
    }

    /// Where a ` #` or ` ;` comment starts in a value.
    private static func inlineComment(in value: String) -> String.Index? {
        var previous: Character = "x"
        for index in value.indices {
            let character = value[index]
            if (character == "#" || character == ";") && previous.isWhitespace { return index }
            previous = character
        }
        return nil
    }

    private static func trim(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
