#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension APIRequest {
    /// The request an HTTP API (payload 2.0) event describes.
    ///
    /// - Throws: ``APIError`` 400 when a base64 body does not decode.
    public init(_ event: APIGatewayV2Request) throws(APIError) {
        var query: [String: [String]] = [:]
        if let raw = event.rawQueryString, !raw.isEmpty {
            query = Self.parseQuery(raw)
        } else if let single = event.queryStringParameters {
            for (name, value) in single { query[name] = value.split(separator: ",").map(String.init) }
        }
        let principal = event.requestContext.authorizer?.jwt?.claims.flatMap(Principal.init(claims:))
        self.init(
            method: event.requestContext.http.method, path: event.rawPath, headers: event.headers ?? [:], query: query,
            cookies: event.cookies ?? [], body: try Self.body(event.body, base64: event.isBase64Encoded ?? false),
            requestID: event.requestContext.requestId, principal: principal,
            pathParameters: event.pathParameters ?? [:], sourceIP: event.requestContext.http.sourceIp, format: .v2)
    }

    /// The request a REST API (payload 1.0) event describes.
    public init(_ event: APIGatewayV1Request) throws(APIError) {
        var query: [String: [String]] = event.multiValueQueryStringParameters ?? [:]
        for (name, value) in event.queryStringParameters ?? [:] where query[name] == nil { query[name] = [value] }
        var headers: [String: String] = [:]
        for (name, values) in event.multiValueHeaders ?? [:] {
            headers[name.lowercased()] = values.joined(separator: ",")
        }
        for (name, value) in event.headers ?? [:] where headers[name.lowercased()] == nil {
            headers[name.lowercased()] = value
        }
        var claims: [String: ClaimValue] = [:]
        if case .object(let values) = event.requestContext.authorizer?["claims"] {
            for (key, value) in values { claims[key] = value.claim }
        }
        let cookies = (headers["cookie"] ?? "").split(separator: ";").map { String($0).trimmingWhitespace() }.filter {
            !$0.isEmpty
        }
        self.init(
            method: event.httpMethod, path: event.path, headers: headers, query: query, cookies: cookies,
            body: try Self.body(event.body, base64: event.isBase64Encoded ?? false),
            requestID: event.requestContext.requestId, principal: Principal(claims: claims),
            pathParameters: event.pathParameters ?? [:], sourceIP: event.requestContext.identity?.sourceIp, format: .v1)
    }

    private static func body(_ text: String?, base64: Bool) throws(APIError) -> Data {
        guard let text, !text.isEmpty else { return Data() }
        guard base64 else { return Data(text.utf8) }
        guard let data = Data(base64Encoded: text) else { throw APIError.badRequest("The body is not valid base64.") }
        return data
    }

    /// Splits a raw query string into every value of every name, percent-decoded.
    static func parseQuery(_ raw: String) -> [String: [String]] {
        var query: [String: [String]] = [:]
        for pair in raw.utf8.split(separator: UInt8(ascii: "&")) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = String(Substring(parts[0])).percentDecoded(plusAsSpace: true) else { continue }
            let value = parts.count > 1 ? String(Substring(parts[1])).percentDecoded(plusAsSpace: true) ?? "" : ""
            query[name, default: []].append(value)
        }
        return query
    }
}

extension APIResponse {
    /// The payload 2.0 response.
    public func gatewayV2() -> APIGatewayV2Response {
        let (body, isBase64) = encodedBody()
        return APIGatewayV2Response(
            statusCode: status, headers: headers, cookies: cookies.isEmpty ? nil : cookies, body: body,
            isBase64Encoded: isBase64)
    }

    /// The payload 1.0 response; cookies become `Set-Cookie` values.
    public func gatewayV1() -> APIGatewayV1Response {
        let (body, isBase64) = encodedBody()
        return APIGatewayV1Response(
            statusCode: status, headers: headers,
            multiValueHeaders: cookies.isEmpty ? nil : ["Set-Cookie": cookies], body: body, isBase64Encoded: isBase64)
    }
}
