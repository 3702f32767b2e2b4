#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An HTTP response before it is shaped for API Gateway.
public struct APIResponse: Sendable {
    public var status: Int
    /// Header names as written; the router adds `x-request-id`.
    public var headers: [String: String]
    public var cookies: [String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], cookies: [String] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.cookies = cookies
        self.body = body
    }

    /// A JSON body from `value`.
    public static func json<T: Encodable>(
        _ value: T, status: Int = 200, headers: [String: String] = [:]
    ) throws -> APIResponse {
        var all = headers
        all["content-type"] = "application/json"
        return APIResponse(status: status, headers: all, body: try JSONCoding.encoder.encode(value))
    }

    /// An empty 204.
    public static var noContent: APIResponse { APIResponse(status: 204) }

    /// The body as API Gateway wants it: text when it is UTF-8 and the type is textual, base64 otherwise.
    func encodedBody() -> (body: String?, isBase64: Bool) {
        guard !body.isEmpty else { return (nil, false) }
        let declared = headers["content-type"] ?? headers.first { $0.key.lowercased() == "content-type" }?.value
        let type = (declared ?? "application/json").lowercased()
        let textual =
            type.hasPrefix("text/") || type.containsBytes(of: "json") || type.containsBytes(of: "xml")
            || type.containsBytes(of: "javascript") || type.containsBytes(of: "x-www-form-urlencoded")
        if textual, let text = String(validating: body, as: UTF8.self) { return (text, false) }
        return (body.base64EncodedString(), true)
    }
}

/// The project's one JSON configuration: dates as ISO 8601 strings, keys sorted so output is stable.
public enum JSONCoding {
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension String {
    /// Whether `word` occurs in the text, compared byte for byte (no `_StringProcessing` generic search).
    fileprivate func containsBytes(of word: StaticString) -> Bool {
        var text = self
        return text.withUTF8 { text in
            word.withUTF8Buffer { word in
                guard word.count <= text.count else { return false }
                return (0...(text.count - word.count)).contains { start in
                    UnsafeBufferPointer(rebasing: text[start..<start + word.count]).elementsEqual(word)
                }
            }
        }
    }
}
