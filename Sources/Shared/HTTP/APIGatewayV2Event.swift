#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An API Gateway HTTP API request in payload format 2.0, as the service sends it to a Lambda integration.
public struct APIGatewayV2Request: Codable, Sendable {
    public struct RequestContext: Codable, Sendable {
        public struct HTTP: Codable, Sendable {
            public var method: String
            public var path: String
            public var `protocol`: String?
            public var sourceIp: String?
            public var userAgent: String?
        }

        public struct Authorizer: Codable, Sendable {
            public struct JWT: Codable, Sendable {
                public var claims: [String: ClaimValue]?
                public var scopes: [String]?
            }

            public var jwt: JWT?
        }

        public var accountId: String?
        public var apiId: String?
        public var domainName: String?
        public var http: HTTP
        public var requestId: String
        public var routeKey: String?
        public var stage: String?
        public var time: String?
        public var timeEpoch: Int64?
        public var authorizer: Authorizer?
    }

    public var version: String
    public var routeKey: String
    public var rawPath: String
    public var rawQueryString: String?
    public var cookies: [String]?
    public var headers: [String: String]?
    public var queryStringParameters: [String: String]?
    public var pathParameters: [String: String]?
    public var stageVariables: [String: String]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool?
}

/// What a Lambda integration returns to an HTTP API (payload format 2.0).
public struct APIGatewayV2Response: Codable, Sendable, Equatable {
    public var statusCode: Int
    public var headers: [String: String]?
    public var cookies: [String]?
    public var body: String?
    public var isBase64Encoded: Bool?

    public init(
        statusCode: Int, headers: [String: String]? = nil, cookies: [String]? = nil, body: String? = nil,
        isBase64Encoded: Bool? = nil
    ) {
        self.statusCode = statusCode
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.isBase64Encoded = isBase64Encoded
    }
}

/// A JWT claim as API Gateway passes it: usually a string, but tests and other emitters send numbers, booleans and
/// arrays too. Arrays flatten to API Gateway's own rendering, `[a b]`.
public struct ClaimValue: Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    public var text: String
    public var list: [String]?

    public init(stringLiteral value: String) {
        self.text = value
    }

    public init(_ text: String) {
        self.text = text
    }

    public init(list: [String]) {
        self.text = "[" + list.joined(separator: " ") + "]"
        self.list = list
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            self.init(string)
        } else if let bool = try? container.decode(Bool.self) {
            self.init(bool ? "true" : "false")
        } else if let int = try? container.decode(Int64.self) {
            self.init(String(int))
        } else if let double = try? container.decode(Double.self) {
            self.init(String(double))
        } else {
            let values = try container.decode([ClaimValue].self).map(\.text)
            self.init(list: values)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let list { try container.encode(list) } else { try container.encode(text) }
    }

    /// The claim as a list: a JSON array, or API Gateway's `[a b]` / comma-separated string forms.
    public var values: [String] {
        if let list { return list }
        var trimmed = Substring(text)
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]") { trimmed = trimmed.dropFirst().dropLast() }
        return trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }
}
