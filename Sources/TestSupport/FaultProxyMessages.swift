import Foundation
import Shared

/// A request as the fault proxy received it.
public struct FaultProxyRequest: Sendable {
    public var method: String
    /// Path and query, as sent.
    public var target: String
    public var headers: [(name: String, value: String)]
    public var body: Data

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    init?(_ raw: [UInt8]) {
        guard let end = LoopbackSocket.headerEnd(raw) else { return nil }
        let head = String(decoding: raw[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        method = String(requestLine[0])
        target = String(requestLine[1])
        headers = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        body = Data(raw[(end + 4)...])
    }

    /// `raw` with `Connection: close`, so that the upstream closes after answering.
    static func closingConnection(_ raw: [UInt8]) -> [UInt8] {
        guard let end = LoopbackSocket.headerEnd(raw) else { return raw }
        let head = String(decoding: raw[..<end], as: UTF8.self)
        let kept = head.components(separatedBy: "\r\n").filter {
            !$0.lowercased().hasPrefix("connection:") && !$0.lowercased().hasPrefix("expect:")
        }
        return Array((kept.joined(separator: "\r\n") + "\r\nConnection: close").utf8) + raw[end...]
    }
}

/// A response the fault proxy sends.
public struct FaultProxyResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data

    public init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The response bytes, with `Content-Type` (JSON unless given), `Content-Length`, a correct `x-amz-crc32`, a
    /// request id and `Connection: close`.
    func serialized() -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(status < 400 ? "OK" : "Error")\r\n"
        let names = Set(headers.map { $0.0.lowercased() })
        if !names.contains("content-type") { head += "Content-Type: application/x-amz-json-1.0\r\n" }
        if !names.contains("x-amz-crc32") { head += "x-amz-crc32: \(CRC32.checksum(body))\r\n" }
        if !names.contains("x-amzn-requestid") { head += "x-amzn-RequestId: fault-proxy-\(UUID().uuidString)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        return Array(head.utf8) + body
    }

    /// `raw` with every header `name` replaced by one `name: value`.
    static func replacingHeader(in raw: [UInt8], name: String, value: String) -> [UInt8] {
        guard let end = LoopbackSocket.headerEnd(raw) else { return raw }
        let head = String(decoding: raw[..<end], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n").filter { !$0.lowercased().hasPrefix(name.lowercased() + ":") }
        lines.append("\(name): \(value)")
        return Array(lines.joined(separator: "\r\n").utf8) + raw[end...]
    }
}
