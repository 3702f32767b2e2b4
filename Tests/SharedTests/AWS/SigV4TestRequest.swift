import Foundation
import Runtime

/// A request written as in the SigV4 test suites (`METHOD path HTTP/1.1`, header lines with folded continuation
/// lines, a blank line, the body), parsed leniently: the paths hold raw spaces and UTF-8.
struct SigV4TestRequest {
    var method: String
    var path: String
    var headers: HTTPHeaders
    var body: Data

    init(_ text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let requestLine = lines.removeFirst()
        guard let firstSpace = requestLine.firstIndex(of: " "),
            let protocolStart = requestLine.range(of: " HTTP/", options: .backwards)
        else { throw SigV4TestRequestError.malformed(requestLine) }
        method = String(requestLine[..<firstSpace])
        path = String(requestLine[requestLine.index(after: firstSpace)..<protocolStart.lowerBound])
        var fields: [(name: String, value: String)] = []
        var bodyLines: [String] = []
        var inBody = false
        for line in lines {
            if inBody {
                bodyLines.append(line)
            } else if line.isEmpty {
                inBody = true
            } else if line.first == " " || line.first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += "\n" + line
            } else if let colon = line.firstIndex(of: ":") {
                fields.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
        }
        headers = HTTPHeaders(fields)
        body = Data(bodyLines.joined(separator: "\n").utf8)
    }

    var httpRequest: HTTPRequest {
        HTTPRequest(
            method: method, url: "https://\(headers["host"] ?? "localhost")\(path)", headers: headers, body: body)
    }
}

enum SigV4TestRequestError: Error {
    case malformed(String)
}
