import Foundation

/// An HTTP request as it reached the gateway, independent of the server library: what an HTTP API turns into a
/// payload 2.0 event.
public struct GatewayRequest: Sendable {
    public var method: String
    /// The path as sent, still percent-encoded.
    public var rawPath: String
    /// The query string as sent, without `?`.
    public var rawQuery: String
    /// Header fields in arrival order, names as sent.
    public var headers: [(name: String, value: String)]
    public var body: Data
    public var sourceIP: String
    /// `HTTP/1.1`.
    public var protocolVersion: String

    public init(
        method: String, rawPath: String, rawQuery: String = "", headers: [(name: String, value: String)] = [],
        body: Data = Data(), sourceIP: String = "127.0.0.1", protocolVersion: String = "HTTP/1.1"
    ) {
        self.method = method
        self.rawPath = rawPath
        self.rawQuery = rawQuery
        self.headers = headers
        self.body = body
        self.sourceIP = sourceIP
        self.protocolVersion = protocolVersion
    }

    /// Every value of `name` (case-insensitive), joined with commas as HTTP APIs join repeated headers.
    public func header(_ name: String) -> String? {
        let values = headers.filter { $0.name.lowercased() == name }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ",")
    }
}

/// A response the gateway sends back.
public struct GatewayResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// API Gateway's own error answer: `{"message":"…"}` as JSON.
    public static func message(
        _ status: Int, _ text: String, headers: [(name: String, value: String)] = []
    )
        -> GatewayResponse
    {
        GatewayResponse(
            status: status, headers: [("content-type", "application/json")] + headers,
            body: Data(#"{"message":"\#(text)"}"#.utf8))
    }

    /// The first value of `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
