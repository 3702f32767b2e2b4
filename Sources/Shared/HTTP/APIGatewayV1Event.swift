#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An API Gateway REST API proxy request (payload format 1.0).
public struct APIGatewayV1Request: Codable, Sendable {
    public struct RequestContext: Codable, Sendable {
        public struct Identity: Codable, Sendable {
            public var sourceIp: String?
            public var userAgent: String?
        }

        public var accountId: String?
        public var apiId: String?
        public var requestId: String
        public var stage: String?
        public var httpMethod: String?
        public var path: String?
        public var resourcePath: String?
        public var requestTimeEpoch: Int64?
        public var identity: Identity?
        /// For a Cognito user-pool authorizer, `claims` holds the token's claims.
        public var authorizer: [String: JSONLooseValue]?
    }

    public var resource: String?
    public var path: String
    public var httpMethod: String
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var queryStringParameters: [String: String]?
    public var multiValueQueryStringParameters: [String: [String]]?
    public var pathParameters: [String: String]?
    public var stageVariables: [String: String]?
    public var requestContext: RequestContext
    public var body: String?
    public var isBase64Encoded: Bool?
}

/// What a Lambda proxy integration returns to a REST API (payload format 1.0).
public struct APIGatewayV1Response: Codable, Sendable, Equatable {
    public var statusCode: Int
    public var headers: [String: String]?
    public var multiValueHeaders: [String: [String]]?
    public var body: String?
    public var isBase64Encoded: Bool?
}

extension APIGatewayV1Response {
    /// The response as its JSON text, keys sorted as `JSONCoding.encoder` sorts them.
    public func jsonData() -> Data {
        var writer = JSONWriter(capacity: 256 + (body?.utf8.count ?? 0))
        writer.beginObject()
        if let body {
            writer.key("body")
            writer.string(body)
        }
        if let headers {
            writer.key("headers")
            writer.stringMap(headers)
        }
        if let isBase64Encoded {
            writer.key("isBase64Encoded")
            writer.bool(isBase64Encoded)
        }
        if let multiValueHeaders {
            writer.key("multiValueHeaders")
            writer.beginObject()
            for name in multiValueHeaders.keys.sorted() {
                writer.key(name)
                writer.stringArray(multiValueHeaders[name]!)
            }
            writer.endObject()
        }
        writer.key("statusCode")
        writer.integer(statusCode)
        writer.endObject()
        return writer.data
    }
}

/// Any JSON value, kept loosely: enough to walk an authorizer context whose shape varies by authorizer type.
public indirect enum JSONLooseValue: Codable, Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONLooseValue])
    case object([String: JSONLooseValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONLooseValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONLooseValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The value as a claim: strings as they are, scalars printed, arrays as lists.
    public var claim: ClaimValue? {
        switch self {
        case .string(let value): ClaimValue(value)
        case .number(let value): ClaimValue(value == value.rounded() ? String(Int64(value)) : String(value))
        case .bool(let value): ClaimValue(value ? "true" : "false")
        case .array(let values): ClaimValue(list: values.compactMap { $0.claim?.text })
        case .null, .object: nil
        }
    }
}
