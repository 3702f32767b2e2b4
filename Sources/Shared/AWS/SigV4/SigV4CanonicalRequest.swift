import Runtime

/// Builds the SigV4 canonical request: method, canonical URI, canonical query, canonical headers, signed headers and
/// payload hash, each on its own line, as bytes ready to hash.
struct SigV4CanonicalRequest {
    /// Headers never signed: they are set or changed by proxies and transports after signing.
    static func isUnsigned(_ lowercasedName: String) -> Bool {
        switch lowercasedName.utf8.count {
        case 6: return lowercasedName == "expect"
        case 10: return lowercasedName == "user-agent" || lowercasedName == "connection"
        case 13: return lowercasedName == "authorization"
        case 15: return lowercasedName == "x-amzn-trace-id"
        case 17: return lowercasedName == "transfer-encoding"
        default: return false
        }
    }

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
        method: String, url: SigV4URLParts, headers: HTTPHeaders, payloadHash: String, normalizePath: Bool,
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
        out.reserveCapacity(512 + url.path.count + url.query.count)
        out.append(contentsOf: method.utf8)
        out.append(UInt8(ascii: "\n"))
        let parts = url
        let path = parts.path.isEmpty ? [UInt8(ascii: "/")][...] : parts.path
        if normalizePath {
            SigV4Encoding.appendEncoded(SigV4Encoding.normalizePath(path), keepSlash: true, to: &out)
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
            let name = asciiLowercased(field.name)
            if isUnsigned(name) { continue }
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

    /// `name` in lowercase; returns `name` itself (no allocation) when it has no uppercase ASCII letter.
    static func asciiLowercased(_ name: String) -> String {
        guard name.utf8.contains(where: { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return name }
        return String(unsafeUninitializedCapacity: name.utf8.count) { out in
            var index = 0
            for byte in name.utf8 {
                out[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                index += 1
            }
            return index
        }
    }

    /// Whether `lhs` equals the lowercase ASCII `lowercase`, ignoring ASCII case.
    static func equalsIgnoringCase(_ lhs: String, _ lowercase: StaticString) -> Bool {
        guard lhs.utf8.count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { expected in
            var index = 0
            for byte in lhs.utf8 {
                let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                if folded != expected[index] { return false }
                index += 1
            }
            return true
        }
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    static func normalizeValue(_ value: String) -> String {
        var copy = value
        return copy.withUTF8 { bytes -> String in
            var needsWork = bytes.isEmpty ? false : isSpace(bytes[0]) || isSpace(bytes[bytes.count - 1])
            var index = 1
            while !needsWork && index < bytes.count {
                let byte = bytes[index]
                // Every whitespace byte is at most 0x20, so most bytes are dismissed by one comparison.
                if byte <= 0x20, isSpace(byte), byte != UInt8(ascii: " ") || isSpace(bytes[index - 1]) {
                    needsWork = true
                }
                index += 1
            }
            if !needsWork { return value }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
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
    }

    /// Query parameters decoded, re-encoded strictly and sorted by name, then value.
    static func appendCanonicalQuery(_ query: ArraySlice<UInt8>, extra: [(String, String)], to out: inout [UInt8]) {
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

/// The parts of an absolute URL that signing needs, split leniently (the tests' raw paths contain spaces and UTF-8),
/// as slices of one copy of the URL's bytes.
struct SigV4URLParts {
    private let bytes: [UInt8]
    private let schemeEnd: Int
    private let authority: Range<Int>
    let path: ArraySlice<UInt8>
    let query: ArraySlice<UInt8>

    init(_ url: String) {
        let bytes = Array(url.utf8)
        var index = 0
        var schemeEnd = 0
        var colon = 0
        while colon + 2 < bytes.count, bytes[colon] != UInt8(ascii: "/") {
            if bytes[colon] == UInt8(ascii: ":"), bytes[colon + 1] == UInt8(ascii: "/"),
                bytes[colon + 2] == UInt8(ascii: "/")
            {
                schemeEnd = colon
                index = colon + 3
                break
            }
            colon += 1
        }
        var authorityStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "/") && bytes[index] != UInt8(ascii: "?") {
            if bytes[index] == UInt8(ascii: "@") { authorityStart = index + 1 }
            index += 1
        }
        authority = authorityStart..<index
        let pathStart = index
        while index < bytes.count && bytes[index] != UInt8(ascii: "?") { index += 1 }
        path = bytes[pathStart..<index]
        query = index < bytes.count ? bytes[(index + 1)...] : []
        self.bytes = bytes
        self.schemeEnd = schemeEnd
    }

    /// `host[:port]`, with the port dropped when it is the scheme's default.
    var host: String {
        let scheme = String(decoding: bytes[0..<schemeEnd], as: UTF8.self).lowercased()
        let text = String(decoding: bytes[authority], as: UTF8.self)
        if (scheme == "http" && text.hasSuffix(":80")) || (scheme == "https" && text.hasSuffix(":443")),
            let colon = text.lastIndex(of: ":")
        {
            return String(text[..<colon])
        }
        return text
    }

    /// Everything before the query: scheme, authority and path.
    var base: String { String(decoding: bytes[..<path.endIndex], as: UTF8.self) }
}
