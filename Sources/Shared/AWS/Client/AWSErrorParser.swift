import Runtime

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns an error response into an ``AWSError``, whatever the protocol: JSON (`__type`, `message`/`Message`, plus
/// DynamoDB's `CancellationReasons` and `Item`), query-protocol or auth-failure XML (`<Error><Code>…`), and the
/// `X-Amzn-ErrorType` header when the body names nothing.
enum AWSErrorParser {
    private struct JSONBody: Decodable {
        var type: String?
        var code: String?
        var lowerMessage: String?
        var upperMessage: String?
        var cancellationReasons: [AWSError.CancellationReason]?
        var item: [String: AttributeValue]?

        enum CodingKeys: String, CodingKey {
            case type = "__type"
            case code = "code"
            case upperCode = "Code"
            case lowerMessage = "message"
            case upperMessage = "Message"
            case cancellationReasons = "CancellationReasons"
            case item = "Item"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try? container.decodeIfPresent(String.self, forKey: .type)
            code =
                (try? container.decodeIfPresent(String.self, forKey: .code))
                ?? (try? container.decodeIfPresent(String.self, forKey: .upperCode))
            lowerMessage = try? container.decodeIfPresent(String.self, forKey: .lowerMessage)
            upperMessage = try? container.decodeIfPresent(String.self, forKey: .upperMessage)
            cancellationReasons = try? container.decodeIfPresent(
                [AWSError.CancellationReason].self, forKey: .cancellationReasons)
            item = try? container.decodeIfPresent([String: AttributeValue].self, forKey: .item)
        }
    }

    static func parse(_ response: HTTPResponse) -> AWSError {
        var error = AWSError(
            code: AWSError.Code("HTTP\(response.status)"), status: response.status, message: "",
            requestId: requestId(response.headers))
        if let body = try? JSONDecoder().decode(JSONBody.self, from: response.body) {
            if let name = body.type ?? body.code { error.code = AWSError.Code(shortCode(name)) }
            error.message = body.lowerMessage ?? body.upperMessage ?? ""
            error.cancellationReasons = body.cancellationReasons ?? []
            error.item = body.item
        } else if let xml = AWSXMLElement.parse(response.body) {
            if let code = xml.find("Code")?.text, !code.isEmpty { error.code = AWSError.Code(code) }
            error.message = xml.find("Message")?.text ?? ""
            if error.requestId == nil { error.requestId = xml.find("RequestId")?.text ?? xml.find("RequestID")?.text }
        }
        if error.code.rawValue.hasPrefix("HTTP"), let header = response.headers["x-amzn-errortype"] {
            error.code = AWSError.Code(shortCode(header))
        }
        if error.message.isEmpty {
            error.message = String(decoding: response.body.prefix(200), as: UTF8.self)
        }
        return error
    }

    /// `com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException` → `ConditionalCheckFailedException`;
    /// `ValidationException:http://internal.amazon.com/…` → `ValidationException`.
    static func shortCode(_ raw: String) -> String {
        var code = Substring(raw)
        if let hash = code.lastIndex(of: "#") { code = code[code.index(after: hash)...] }
        if let colon = code.firstIndex(of: ":") { code = code[..<colon] }
        return String(code.filter { !$0.isWhitespace })
    }

    static func requestId(_ headers: HTTPHeaders) -> String? {
        headers["x-amzn-requestid"] ?? headers["x-amz-request-id"] ?? headers["x-amzn-request-id"]
    }
}
