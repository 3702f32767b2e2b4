import Foundation

/// Builds payload 2.0 events from requests, as an HTTP API does: header names lower-cased and repeated headers
/// joined with commas, cookies moved to `cookies`, repeated query parameters joined with commas and decoded,
/// binary bodies base64-encoded, and the request context with the route, stage `$default`, time and authorizer.
public struct HTTPAPIEventBuilder: Sendable {
    public var apiId: String
    public var accountId: String

    public init(apiId: String = "local", accountId: String = "123456789012") {
        self.apiId = apiId
        self.accountId = accountId
    }

    /// The verified token's claims (strings, as API Gateway renders them) and scopes.
    public struct Authorization: Sendable, Equatable {
        public var claims: [String: String]
        public var scopes: [String]?

        public init(claims: [String: String], scopes: [String]? = nil) {
            self.claims = claims
            self.scopes = scopes
        }
    }

    /// The event's JSON bytes.
    ///
    /// - Parameters:
    ///   - requestId: API Gateway's request id (also returned as `apigw-requestid`).
    ///   - now: the request time.
    public func event(
        for request: GatewayRequest, match: RouteTable.Match, authorization: Authorization?, requestId: String,
        now: Date
    ) -> Data {
        var headers: [String: String] = [:]
        var cookies: [String] = []
        for (name, value) in request.headers {
            let lower = name.lowercased()
            if lower == "cookie" {
                cookies += value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
                    .filter { !$0.isEmpty }
                continue
            }
            headers[lower] = headers[lower].map { $0 + "," + value } ?? value
        }
        headers["x-forwarded-for"] = headers["x-forwarded-for"].map { $0 + ", " + request.sourceIP } ?? request.sourceIP
        headers["x-forwarded-proto"] = headers["x-forwarded-proto"] ?? "http"
        let host = headers["host"] ?? "localhost"
        if headers["x-forwarded-port"] == nil, let colon = host.lastIndex(of: ":") {
            headers["x-forwarded-port"] = String(host[host.index(after: colon)...])
        }
        let domain = host.split(separator: ":").first.map(String.init) ?? host
        let (body, isBase64) = Self.encodeBody(request.body, contentType: headers["content-type"])
        let context = HTTPAPIEvent.RequestContext(
            accountId: accountId, apiId: apiId,
            authorizer: authorization.map { .init(jwt: .init(claims: $0.claims, scopes: $0.scopes)) },
            domainName: domain, domainPrefix: domain.split(separator: ".").first.map(String.init) ?? domain,
            http: .init(
                method: request.method.uppercased(), path: request.rawPath, protocol: request.protocolVersion,
                sourceIp: request.sourceIP, userAgent: headers["user-agent"] ?? ""),
            requestId: requestId, routeKey: match.route.routeKey, stage: "$default",
            time: APIGatewayClock.requestTime(now), timeEpoch: Int64((now.timeIntervalSince1970 * 1000).rounded()))
        let query = Self.queryParameters(request.rawQuery)
        let event = HTTPAPIEvent(
            routeKey: match.route.routeKey, rawPath: request.rawPath, rawQueryString: request.rawQuery,
            cookies: cookies.isEmpty ? nil : cookies, headers: headers,
            queryStringParameters: query.isEmpty ? nil : query, requestContext: context, body: body,
            pathParameters: match.pathParameters.isEmpty ? nil : match.pathParameters, isBase64Encoded: isBase64)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return (try? encoder.encode(event)) ?? Data()
    }

    /// The body as the event carries it: text as is, anything else base64 (`nil` for an empty body).
    static func encodeBody(_ body: Data, contentType: String?) -> (String?, Bool) {
        guard !body.isEmpty else { return (nil, false) }
        if isText(contentType: contentType), let text = String(data: body, encoding: .utf8) { return (text, false) }
        return (body.base64EncodedString(), true)
    }

    /// Whether a content type is text that API Gateway passes through unencoded; a body without a content type
    /// counts as text when it is valid UTF-8.
    static func isText(contentType: String?) -> Bool {
        guard let contentType else { return true }
        let type =
            contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) }?
            .lowercased() ?? ""
        if type.isEmpty || type.hasPrefix("text/") { return true }
        return ["application/json", "application/xml", "application/javascript", "application/graphql"].contains(type)
            || type.hasSuffix("+json") || type.hasSuffix("+xml")
    }

    /// Query parameters decoded, repeated names joined with commas.
    static func queryParameters(_ raw: String) -> [String: String] {
        var values: [String: String] = [:]
        for pair in raw.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(parts[0])
            let value = parts.count > 1 ? decode(parts[1]) : ""
            values[name] = values[name].map { $0 + "," + value } ?? value
        }
        return values
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
