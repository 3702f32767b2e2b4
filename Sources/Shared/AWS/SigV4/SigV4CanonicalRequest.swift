import Runtime

/// Builds the SigV4 canonical request: method, canonical URI, canonical query, canonical headers, signed headers and
/// payload hash, each on its own line, as bytes ready to hash.
struct SigV4CanonicalRequest {
    /// Headers never signed: they are set or changed by proxies and transports after signing.
    static let unsignedHeaders: Set<String> = [
        "authorization", "user-agent", "x-amzn-trace-id", "expect", "connection", "transfer-encoding",
    ]

    /// The canonical request text.
    var bytes: [UInt8]
    /// `host;x-amz-date;…`, the lowercase names of the signed headers.
    var signedHeaders: String

    /// Canonicalises a request.
    ///
    /// - Parameters:
    ///   - url: the request URL as sent; its path is encoded once more (AWS's rule for every service but S3), so a
    ///     raw path segment `a b` and an encoded `a%20b` become `a%20b` and `a%2520b`.
    ///   - extraQuery: parameters added to the URL's query (already decoded), for presigned requests.
    init(
        method: String, url: String, headers: HTTPHeaders, payloadHash: String, normalizePath: Bool,
        extraQuery: [(String, String)] = []
    ) {
        let canonicalHeaders = Self.canonicalHeaders(headers)
        var names = ""
        for (index, header) in canonicalHeaders.enumerated() {
            if index > 0 { names.append(";") }
            names.append(header.name)
        }
        signedHeaders = names

        var out = [UInt8]()
        out.reserveCapacity(256 + url.utf8.count)
        out.append(contentsOf: method.utf8)
        out.append(UInt8(ascii: "\n"))
        let parts = SigV4URLParts(url)
        let path = parts.path.isEmpty ? [UInt8(ascii: "/")] : parts.path
        if normalizePath {
            SigV4Encoding.appendEncoded(SigV4Encoding.normalizePath(path[...]), keepSlash: true, to: &out)
        } else {
            SigV4Encoding.appendEncoded(path, keepSlash: true, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
        Self.appendCanonicalQuery(parts.query, extra: extraQuery, to: &out)
        out.append(UInt8(ascii: "\n"))
        for header in canonicalHeaders {
            out.append(contentsOf: header.name.utf8)
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: header.value.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: names.utf8)
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: payloadHash.utf8)
        bytes = out
    }

    /// Lowercased names with values trimmed and inner whitespace collapsed; repeated names joined by commas in order.
    static func canonicalHeaders(_ headers: HTTPHeaders) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        result.reserveCapacity(8)
        for field in headers {
            let name = field.name.lowercased()
            if unsignedHeaders.contains(name) { continue }
            let value = normalizeValue(field.value)
            if let existing = result.firstIndex(where: { $0.name == name }) {
                result[existing].value += "," + value
            } else {
                result.append((name: name, value: value))
            }
        }
        result.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        return result
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    static func normalizeValue(_ value: String) -> String {
        var needsWork = false
        var previousSpace = true
        for byte in value.utf8 {
            let space = isSpace(byte)
            if space && (previousSpace || byte != UInt8(ascii: " ")) {
                needsWork = true
                break
            }
            previousSpace = space
        }
        if !needsWork && !previousSpace { return value }
        var out = [UInt8]()
        out.reserveCapacity(value.utf8.count)
        var pendingSpace = false
        for byte in value.utf8 {
            if isSpace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Query parameters decoded, re-encoded strictly and sorted by name, then value.
    static func appendCanonicalQuery(_ query: [UInt8], extra: [(String, String)], to out: inout [UInt8]) {
        if query.isEmpty && extra.isEmpty { return }
        var pairs: [(name: [UInt8], value: [UInt8])] = []
        for component in query.split(separator: UInt8(ascii: "&")) {
            let equals = component.firstIndex(of: UInt8(ascii: "="))
            let rawName = equals.map { component[component.startIndex..<$0] } ?? component
            let rawValue = equals.map { component[($0 + 1)...] } ?? []
            pairs.append((encoded(SigV4Encoding.decode(rawName)), encoded(SigV4Encoding.decode(rawValue))))
        }
        for (name, value) in extra {
            pairs.append((encoded(Array(name.utf8)), encoded(Array(value.utf8))))
        }
        pairs.sort { lhs, rhs in
            lhs.name == rhs.name
                ? lhs.value.lexicographicallyPrecedes(rhs.value) : lhs.name.lexicographicallyPrecedes(rhs.name)
        }
        for (index, pair) in pairs.enumerated() {
            if index > 0 { out.append(UInt8(ascii: "&")) }
            out.append(contentsOf: pair.name)
            out.append(UInt8(ascii: "="))
            out.append(contentsOf: pair.value)
        }
    }

    private static func encoded(_ bytes: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        SigV4Encoding.appendEncoded(bytes, keepSlash: false, to: &out)
        return out
    }
}

/// The parts of an absolute URL that signing needs, split leniently: the tests' raw paths contain spaces and UTF-8.
struct SigV4URLParts {
    /// `host[:port]`, with the port dropped when it is the scheme's default.
    var host: String
    var path: [UInt8]
    var query: [UInt8]
    /// Everything before the query: scheme, authority and path.
    var base: String

    init(_ url: String) {
        let bytes = Array(url.utf8)
        var index = 0
        var scheme: [UInt8] = []
        if let range = Self.find([UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/")], in: bytes) {
            scheme = Array(bytes[0..<range])
            index = range + 3
        }
        let authorityStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "/") && bytes[index] != UInt8(ascii: "?") {
            index += 1
        }
        var authority = bytes[authorityStart..<index]
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
        let pathStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "?") { index += 1 }
        path = Array(bytes[pathStart..<index])
        base = String(decoding: bytes[0..<index], as: UTF8.self)
        query = index < bytes.count ? Array(bytes[(index + 1)...]) : []
        var hostText = String(decoding: authority, as: UTF8.self)
        let schemeText = String(decoding: scheme, as: UTF8.self).lowercased()
        if (schemeText == "http" && hostText.hasSuffix(":80")) || (schemeText == "https" && hostText.hasSuffix(":443"))
        {
            hostText = String(hostText[..<hostText.lastIndex(of: ":")!])
        }
        host = hostText
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle)
        {
            return start
        }
        return nil
    }
}
