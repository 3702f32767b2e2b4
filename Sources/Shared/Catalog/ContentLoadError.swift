#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why the `content/` tree could not be read, naming the file at fault.
public struct ContentLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Hashable {
        /// The file or directory is missing or cannot be read.
        case unreadable
        /// The file is not valid JSON of the expected shape, or not UTF-8 text.
        case malformed
        /// The file's name or folder disagrees with what it contains (an exam file not named after its code, a
        /// course folder not named after its id).
        case misplaced
    }

    public var code: Code
    /// The path relative to the content root, for example `courses/clf-d1-cloud-concepts/course.json`.
    public var file: String
    public var message: String

    public init(code: Code, file: String, message: String) {
        self.code = code
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(code.rawValue): \(message)" }

    /// Describes a decoding failure by the JSON path where it happened, so the author can find the field.
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "at \(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "at \(path(context.codingPath + [key])): required field is missing"
        @unknown default:
            return String(describing: decoding)
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        guard !codingPath.isEmpty else { return "top level" }
        return codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
