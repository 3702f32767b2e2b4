#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The one seam through which every outgoing HTTP request leaves a function: the Runtime API client and every AWS
/// client send through it. Production injects ``CurlTransport``; tests inject the same transport pointed at local
/// servers.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the whole response.
    ///
    /// - Parameter timeout: the limit for the whole exchange; `nil` waits for ever (the Runtime API's `/next`).
    /// - Throws: ``TransportError`` when no HTTP response arrives (refused, reset, timed out, malformed).
    ///   An HTTP error status is a response, not an error.
    func send(_ request: HTTPRequest, timeout: Duration?) async throws -> HTTPResponse
}

/// An outgoing HTTP request.
public struct HTTPRequest: Sendable {
    public var method: String
    /// Absolute URL, for example `http://127.0.0.1:9001/2018-06-01/runtime/invocation/next`.
    public var url: String
    public var headers: HTTPHeaders
    public var body: Data

    public init(method: String, url: String, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// A received HTTP response.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: Data

    public init(status: Int, headers: HTTPHeaders = HTTPHeaders(), body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Header fields in order, looked up case-insensitively.
public struct HTTPHeaders: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    public private(set) var fields: [(name: String, value: String)]

    public init(_ fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { (name: $0.0, value: $0.1) }
    }

    /// The first value of `name`, compared case-insensitively.
    public subscript(name: String) -> String? {
        fields.first { Self.sameName($0.name, name) }?.value
    }

    /// Every value of `name`, in order.
    public func values(_ name: String) -> [String] {
        fields.filter { Self.sameName($0.name, name) }.map(\.value)
    }

    public mutating func add(_ name: String, _ value: String) {
        fields.append((name: name, value: value))
    }

    /// Replaces every field called `name` with one of `value`.
    public mutating func set(_ name: String, _ value: String) {
        remove(name)
        fields.append((name: name, value: value))
    }

    public mutating func remove(_ name: String) {
        fields.removeAll { Self.sameName($0.name, name) }
    }

    /// Whether two field names are equal ignoring case, as `a.lowercased() == b.lowercased()` decides, but without
    /// allocating for ASCII names (all real ones, RFC 9110 tokens): the runtime compares names on every invocation.
    static func sameName(_ a: String, _ b: String) -> Bool {
        let left = a.utf8
        let right = b.utf8
        guard left.count == right.count else {
            // Different lengths can only fold to equal text through non-ASCII characters.
            let ascii = left.allSatisfy { $0 < 0x80 } && right.allSatisfy { $0 < 0x80 }
            return !ascii && a.lowercased() == b.lowercased()
        }
        for (x, y) in zip(left, right) where x != y {
            if x | y >= 0x80 { return a.lowercased() == b.lowercased() }
            if asciiLowercase(x) != asciiLowercase(y) { return false }
        }
        return true
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        fields.makeIterator()
    }
}

/// Why an HTTP exchange produced no response.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public enum Code: Sendable, Hashable {
        case connectionRefused
        case connectionReset
        case timedOut
        case malformedResponse
        case invalidURL
        case other
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "TransportError(\(code)): \(message)" }
}
