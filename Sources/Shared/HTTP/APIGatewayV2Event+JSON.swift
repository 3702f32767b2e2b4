#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

// Every HTTP invocation starts by reading its ~1–2 KB event and ends by writing its envelope. Through
// `JSONDecoder`/`JSONEncoder` that was more CPU than the rest of a warm invocation (scripts/bench runtime), so the
// payload 2.0 shapes are read and written here directly. The `Codable` conformances stay the reference:
// `FunctionEvent.classify` falls back to `JSONDecoder` for anything this reader does not take, and the tests check
// that both agree on every fixture.

extension APIGatewayV2Request {
    /// The event read straight from its JSON text, or `nil` when the text is not a payload 2.0 event this reader is
    /// sure of (another event shape, a value of an unexpected type, malformed JSON). `nil` is not an error: the
    /// caller decodes such text with `JSONDecoder`, which decides and explains.
    static func read(json: UnsafeRawBufferPointer) -> APIGatewayV2Request? {
        try? JSONReader.read(json) { reader throws(JSONParseError) in try read(&reader) }
    }

    private static func read(_ reader: inout JSONReader) throws(JSONParseError) -> APIGatewayV2Request? {
        var version: String?
        var routeKey: String?
        var rawPath: String?
        var rawQueryString: String?
        var cookies: [String]?
        var headers: [String: String]?
        var queryStringParameters: [String: String]?
        var pathParameters: [String: String]?
        var stageVariables: [String: String]?
        var requestContext: RequestContext?
        var body: String?
        var isBase64Encoded: Bool?
        try reader.readObject { reader, key throws(JSONParseError) in
            switch key {
            case "version": version = try reader.readString()
            case "routeKey": routeKey = try reader.readString()
            case "rawPath": rawPath = try reader.readString()
            case "rawQueryString": rawQueryString = try reader.readOptionalString()
            case "cookies": cookies = try reader.readOptionalStringArray()
            case "headers": headers = try reader.readOptionalStringMap()
            case "queryStringParameters": queryStringParameters = try reader.readOptionalStringMap()
            case "pathParameters": pathParameters = try reader.readOptionalStringMap()
            case "stageVariables": stageVariables = try reader.readOptionalStringMap()
            case "requestContext": requestContext = try RequestContext.read(&reader)
            case "body": body = try reader.readOptionalString()
            case "isBase64Encoded": isBase64Encoded = try reader.readOptionalBool()
            default: try reader.skipValue()
            }
        }
        guard let version, version == "2.0", let routeKey else { return nil }
        guard let rawPath, let requestContext else { throw reader.error("a payload 2.0 member is missing") }
        return APIGatewayV2Request(
            version: version, routeKey: routeKey, rawPath: rawPath, rawQueryString: rawQueryString, cookies: cookies,
            headers: headers, queryStringParameters: queryStringParameters, pathParameters: pathParameters,
            stageVariables: stageVariables, requestContext: requestContext, body: body,
            isBase64Encoded: isBase64Encoded)
    }
}

extension APIGatewayV2Request.RequestContext {
    fileprivate static func read(_ reader: inout JSONReader) throws(JSONParseError) -> Self {
        var accountId: String?
        var apiId: String?
        var domainName: String?
        var http: HTTP?
        var requestId: String?
        var routeKey: String?
        var stage: String?
        var time: String?
        var timeEpoch: Int64?
        var authorizer: Authorizer?
        try reader.readObject { reader, key throws(JSONParseError) in
            switch key {
            case "accountId": accountId = try reader.readOptionalString()
            case "apiId": apiId = try reader.readOptionalString()
            case "domainName": domainName = try reader.readOptionalString()
            case "http": http = try HTTP.read(&reader)
            case "requestId": requestId = try reader.readString()
            case "routeKey": routeKey = try reader.readOptionalString()
            case "stage": stage = try reader.readOptionalString()
            case "time": time = try reader.readOptionalString()
            case "timeEpoch": timeEpoch = try reader.readOptionalInt64()
            case "authorizer":
                authorizer = try reader.readOptional { reader throws(JSONParseError) in try Authorizer.read(&reader) }
            default: try reader.skipValue()
            }
        }
        guard let http, let requestId else { throw reader.error("requestContext lacks http or requestId") }
        return Self(
            accountId: accountId, apiId: apiId, domainName: domainName, http: http, requestId: requestId,
            routeKey: routeKey, stage: stage, time: time, timeEpoch: timeEpoch, authorizer: authorizer)
    }
}

extension APIGatewayV2Request.RequestContext.HTTP {
    fileprivate static func read(_ reader: inout JSONReader) throws(JSONParseError) -> Self {
        var method: String?
        var path: String?
        var httpProtocol: String?
        var sourceIp: String?
        var userAgent: String?
        try reader.readObject { reader, key throws(JSONParseError) in
            switch key {
            case "method": method = try reader.readString()
            case "path": path = try reader.readString()
            case "protocol": httpProtocol = try reader.readOptionalString()
            case "sourceIp": sourceIp = try reader.readOptionalString()
            case "userAgent": userAgent = try reader.readOptionalString()
            default: try reader.skipValue()
            }
        }
        guard let method, let path else { throw reader.error("requestContext.http lacks method or path") }
        return Self(method: method, path: path, protocol: httpProtocol, sourceIp: sourceIp, userAgent: userAgent)
    }
}

extension APIGatewayV2Request.RequestContext.Authorizer {
    fileprivate static func read(_ reader: inout JSONReader) throws(JSONParseError) -> Self {
        var jwt: JWT?
        try reader.readObject { reader, key throws(JSONParseError) in
            guard case "jwt" = key else { return try reader.skipValue() }
            jwt = try reader.readOptional { reader throws(JSONParseError) in try JWT.read(&reader) }
        }
        return Self(jwt: jwt)
    }
}

extension APIGatewayV2Request.RequestContext.Authorizer.JWT {
    fileprivate static func read(_ reader: inout JSONReader) throws(JSONParseError) -> Self {
        var claims: [String: ClaimValue]?
        var scopes: [String]?
        try reader.readObject { reader, key throws(JSONParseError) in
            switch key {
            case "claims":
                claims = try reader.readOptional { reader throws(JSONParseError) in
                    var claims: [String: ClaimValue] = [:]
                    try reader.readObject { reader, key throws(JSONParseError) in
                        claims[key.string] = try ClaimValue.read(&reader)
                    }
                    return claims
                }
            case "scopes": scopes = try reader.readOptionalStringArray()
            default: try reader.skipValue()
            }
        }
        return Self(claims: claims, scopes: scopes)
    }
}

extension ClaimValue {
    /// A claim as its `Decodable` conformance reads it: a string, a boolean, an integer, or an array of those. Other
    /// numbers are left to that conformance (the caller falls back to it).
    fileprivate static func read(_ reader: inout JSONReader) throws(JSONParseError) -> ClaimValue {
        switch try reader.peek() {
        case .string: return ClaimValue(try reader.readString())
        case .bool: return ClaimValue(try reader.readBool() ? "true" : "false")
        case .number: return ClaimValue(String(try reader.readInt64()))
        case .array:
            var values: [String] = []
            try reader.readArray { reader throws(JSONParseError) in values.append(try read(&reader).text) }
            return ClaimValue(list: values)
        case .object, .null: throw reader.error("a claim is a string, a boolean, a number or an array")
        }
    }
}

extension JSONReader {
    fileprivate mutating func readOptionalString() throws(JSONParseError) -> String? {
        try readOptional { reader throws(JSONParseError) in try reader.readString() }
    }

    fileprivate mutating func readOptionalStringMap() throws(JSONParseError) -> [String: String]? {
        try readOptional { reader throws(JSONParseError) in try reader.readStringMap() }
    }

    fileprivate mutating func readOptionalStringArray() throws(JSONParseError) -> [String]? {
        try readOptional { reader throws(JSONParseError) in try reader.readStringArray() }
    }

    fileprivate mutating func readOptionalBool() throws(JSONParseError) -> Bool? {
        try readOptional { reader throws(JSONParseError) in try reader.readBool() }
    }

    fileprivate mutating func readOptionalInt64() throws(JSONParseError) -> Int64? {
        try readOptional { reader throws(JSONParseError) in try reader.readInt64() }
    }
}

extension APIGatewayV2Response {
    /// The response as its JSON text, keys sorted as `JSONCoding.encoder` sorts them.
    public func jsonData() -> Data {
        var writer = JSONWriter(capacity: 256 + (body?.utf8.count ?? 0))
        writer.beginObject()
        if let body {
            writer.key("body")
            writer.string(body)
        }
        if let cookies {
            writer.key("cookies")
            writer.stringArray(cookies)
        }
        if let headers {
            writer.key("headers")
            writer.stringMap(headers)
        }
        if let isBase64Encoded {
            writer.key("isBase64Encoded")
            writer.bool(isBase64Encoded)
        }
        writer.key("statusCode")
        writer.integer(statusCode)
        writer.endObject()
        return writer.data
    }
}
