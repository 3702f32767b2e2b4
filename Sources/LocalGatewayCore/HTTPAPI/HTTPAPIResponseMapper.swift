import Foundation

/// Turns a function's payload 2.0 output into the HTTP response, as an HTTP API does: an object with a
/// `statusCode` is a structured response (headers, cookies as `set-cookie`, a body that may be base64); any other
/// valid JSON is a bare body sent with 200 and `content-type: application/json`. Output that is not JSON, or a
/// structured response with a bad status or base64 body, is malformed (API Gateway answers 502).
public enum HTTPAPIResponseMapper {
    /// The response for `output`, or `nil` when it is malformed.
    public static func response(for output: Data) -> GatewayResponse? {
        guard let value = try? JSONSerialization.jsonObject(with: output, options: [.fragmentsAllowed]) else {
            return nil
        }
        guard let object = value as? [String: Any], let rawStatus = object["statusCode"] else {
            return GatewayResponse(status: 200, headers: [("content-type", "application/json")], body: output)
        }
        guard let status = (rawStatus as? NSNumber)?.intValue ?? (rawStatus as? String).flatMap(Int.init),
            (100...599).contains(status)
        else { return nil }
        var headers: [(name: String, value: String)] = []
        for (name, value) in (object["headers"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            headers.append((name.lowercased(), text(value)))
        }
        for (name, values) in (object["multiValueHeaders"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key })
        where !headers.contains(where: { $0.name == name.lowercased() }) {
            for value in values as? [Any] ?? [] { headers.append((name.lowercased(), text(value))) }
        }
        for cookie in object["cookies"] as? [Any] ?? [] { headers.append(("set-cookie", text(cookie))) }
        var body = Data()
        if let text = object["body"] as? String {
            if (object["isBase64Encoded"] as? Bool) == true {
                guard let decoded = Data(base64Encoded: text) else { return nil }
                body = decoded
            } else {
                body = Data(text.utf8)
            }
        }
        return GatewayResponse(status: status, headers: headers, body: body)
    }

    private static func text(_ value: Any) -> String {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: "\(value)"
        }
    }
}
