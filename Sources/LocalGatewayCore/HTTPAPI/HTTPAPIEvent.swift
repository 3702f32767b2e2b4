/// The payload format 2.0 event an HTTP API sends to a Lambda integration, field for field; optional fields are left
/// out when API Gateway leaves them out (no cookies, no query, no body, no authorizer).
struct HTTPAPIEvent: Encodable, Sendable {
    struct RequestContext: Encodable, Sendable {
        struct HTTP: Encodable, Sendable {
            var method: String
            var path: String
            var `protocol`: String
            var sourceIp: String
            var userAgent: String
        }

        struct Authorizer: Encodable, Sendable {
            struct JWT: Encodable, Sendable {
                var claims: [String: String]
                var scopes: [String]?
            }

            var jwt: JWT
        }

        var accountId: String
        var apiId: String
        var authorizer: Authorizer?
        var domainName: String
        var domainPrefix: String
        var http: HTTP
        var requestId: String
        var routeKey: String
        var stage: String
        var time: String
        var timeEpoch: Int64
    }

    var version = "2.0"
    var routeKey: String
    var rawPath: String
    var rawQueryString: String
    var cookies: [String]?
    var headers: [String: String]
    var queryStringParameters: [String: String]?
    var requestContext: RequestContext
    var body: String?
    var pathParameters: [String: String]?
    var isBase64Encoded: Bool
}
