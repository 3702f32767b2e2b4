import CCurl

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One request's state while libcurl works on it: the body it sends, the status, headers and body it receives.
///
/// An instance is bound to an easy handle through `CURLOPT_PRIVATE` and the callback contexts, so it must stay alive
/// until the transfer is finished; its owner (``CurlEasyClient`` or ``CurlTransport``) guarantees that.
final class CurlTransfer: @unchecked Sendable {
    let request: HTTPRequest
    private var requestBody: UnsafeMutableRawBufferPointer?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private(set) var status = 0
    private(set) var responseHeaders = HTTPHeaders()
    private(set) var responseBody = Data()

    init(request: HTTPRequest) {
        self.request = request
    }

    deinit {
        requestBody?.deallocate()
        if let headerList { curl_slist_free_all(headerList) }
    }

    /// Sets every option of this request on `handle`, which must be freshly created or reset.
    func configure(_ handle: UnsafeMutableRawPointer, connectTimeoutMs: Int, timeoutMs: Int?) throws(TransportError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        var code = ccurl_setopt_string(handle, CURLOPT_URL, request.url)
        guard code == CURLE_OK else { throw TransportError(.invalidURL, "libcurl rejected URL \(request.url)") }
        _ = ccurl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
        _ = ccurl_setopt_long(handle, CURLOPT_TCP_NODELAY, 1)
        _ = ccurl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, connectTimeoutMs)
        _ = ccurl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeoutMs ?? 0)
        _ = ccurl_setopt_pointer(handle, CURLOPT_PRIVATE, context)
        _ = ccurl_setopt_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody)
        _ = ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = ccurl_setopt_callback(handle, CURLOPT_HEADERFUNCTION, curlWriteHeader)
        _ = ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)

        let method = request.method.uppercased()
        switch method {
        case "GET" where request.body.isEmpty:
            code = ccurl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case "HEAD":
            code = ccurl_setopt_long(handle, CURLOPT_NOBODY, 1)
        default:
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(request.body.count, 1), alignment: 1)
            request.body.copyBytes(to: buffer)
            requestBody = buffer
            _ = ccurl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count))
            _ = ccurl_setopt_pointer(handle, CURLOPT_POSTFIELDS, buffer.baseAddress)
            if method != "POST" {
                code = ccurl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method)
            }
        }
        guard code == CURLE_OK else { throw TransportError(.other, "libcurl rejected method \(method)") }

        var list: UnsafeMutablePointer<curl_slist>? = nil
        var hasContentType = false
        for field in request.headers {
            if field.name.lowercased() == "content-type" { hasContentType = true }
            list = curl_slist_append(list, "\(field.name): \(field.value)")
        }
        // libcurl would otherwise add headers nobody asked for: a form content type and a 100-continue round trip.
        if !hasContentType { list = curl_slist_append(list, "Content-Type:") }
        list = curl_slist_append(list, "Expect:")
        list = curl_slist_append(list, "Accept:")
        headerList = list
        _ = ccurl_setopt_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(list))
    }

    /// The finished response, or the transport error that replaced it.
    func result(_ code: CURLcode) -> Result<HTTPResponse, TransportError> {
        guard code == CURLE_OK else { return .failure(Self.error(for: code)) }
        guard status > 0 else { return .failure(TransportError(.malformedResponse, "no HTTP status line received")) }
        return .success(HTTPResponse(status: status, headers: responseHeaders, body: responseBody))
    }

    fileprivate func appendBody(_ bytes: UnsafeRawBufferPointer) {
        responseBody.append(contentsOf: bytes)
    }

    /// Parses one header line on its bytes: it runs for every header of every response, so it creates no string
    /// but the name and the value it keeps.
    fileprivate func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        Self.parseHeaderLine(bytes) { line in
            switch line {
            case .status(let code):
                // A new status line (after a 100 Continue or a redirect) starts a new header block.
                status = code
                responseHeaders = HTTPHeaders()
            case .field(let name, let value):
                responseHeaders.add(name, value)
            }
        }
    }

    enum HeaderLine: Equatable {
        case status(Int)
        case field(name: String, value: String)
    }

    /// Reads a status line (`HTTP/1.1 200 OK`: its code, 0 if unreadable) or a `Name: value` field (the value
    /// without surrounding spaces and tabs); other lines, such as the blank one ending the block, give nothing.
    static func parseHeaderLine(_ bytes: UnsafeRawBufferPointer, _ handle: (HeaderLine) -> Void) {
        let space = UInt8(ascii: " ")
        let tab = UInt8(ascii: "\t")
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        if end >= 5, bytes[0] == UInt8(ascii: "H"), bytes[1] == UInt8(ascii: "T"), bytes[2] == UInt8(ascii: "T"),
            bytes[3] == UInt8(ascii: "P"), bytes[4] == UInt8(ascii: "/")
        {
            // The second space-separated word is the code.
            var start = 5
            while start < end, bytes[start] != space { start += 1 }
            while start < end, bytes[start] == space { start += 1 }
            var stop = start
            while stop < end, bytes[stop] != space { stop += 1 }
            let word = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
            handle(.status(Int(word) ?? 0))
            return
        }
        guard let colon = bytes[0..<end].firstIndex(of: UInt8(ascii: ":")) else { return }
        var valueStart = colon + 1
        while valueStart < end, bytes[valueStart] == space || bytes[valueStart] == tab { valueStart += 1 }
        var valueEnd = end
        while valueEnd > valueStart, bytes[valueEnd - 1] == space || bytes[valueEnd - 1] == tab { valueEnd -= 1 }
        handle(
            .field(
                name: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<colon]), as: UTF8.self),
                value: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)))
    }

    static func error(for code: CURLcode) -> TransportError {
        let message = String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST:
            return TransportError(.connectionRefused, message)
        case CURLE_OPERATION_TIMEDOUT:
            return TransportError(.timedOut, message)
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            return TransportError(.connectionReset, message)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            return TransportError(.invalidURL, message)
        case CURLE_WEIRD_SERVER_REPLY:
            return TransportError(.malformedResponse, message)
        default:
            return TransportError(.other, message)
        }
    }
}

private func curlWriteBody(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.appendBody(UnsafeRawBufferPointer(start: data, count: size * count))
    return size * count
}

private func curlWriteHeader(
    _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
    guard let data, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.appendHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
    return size * count
}

/// `curl_global_init` must run once, before any handle exists, and is not thread-safe.
enum CurlGlobal {
    static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK
    }()
}
