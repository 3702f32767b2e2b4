#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An RFC 9457 problem document, with the request id and, for 422, the failing fields.
public struct ProblemDetails: Codable, Sendable, Equatable {
    public var type: String
    public var title: String
    public var status: Int
    public var detail: String
    public var instance: String
    public var requestId: String
    public var errors: [FieldError]?
    public var extensions: [String: String]?

    /// Problem type URIs are relative references under the API's documentation.
    public static let typeBase = "https://docs.cloudmentor.dev/problems/"

    public init(error: APIError, instance: String, requestID: String) {
        type = Self.typeBase + error.code.rawValue
        title = error.title
        status = error.status
        detail = error.detail
        self.instance = instance
        requestId = requestID
        errors = error.fieldErrors.isEmpty ? nil : error.fieldErrors
        extensions = error.extensions.isEmpty ? nil : error.extensions
    }

    enum CodingKeys: String, CodingKey {
        case type, title, status, detail, instance, requestId, errors
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        title = try container.decode(String.self, forKey: .title)
        status = try container.decode(Int.self, forKey: .status)
        detail = try container.decode(String.self, forKey: .detail)
        instance = try container.decode(String.self, forKey: .instance)
        requestId = try container.decode(String.self, forKey: .requestId)
        errors = try container.decodeIfPresent([FieldError].self, forKey: .errors)
        let all = try decoder.container(keyedBy: AnyKey.self)
        var extras: [String: String] = [:]
        for key in all.allKeys where CodingKeys(stringValue: key.stringValue) == nil {
            if let value = try? all.decode(String.self, forKey: key) { extras[key.stringValue] = value }
        }
        extensions = extras.isEmpty ? nil : extras
    }

    /// Extension members sit at the top level of the document, as RFC 9457 §3.2 describes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(status, forKey: .status)
        try container.encode(detail, forKey: .detail)
        try container.encode(instance, forKey: .instance)
        try container.encode(requestId, forKey: .requestId)
        try container.encodeIfPresent(errors, forKey: .errors)
        if let extensions {
            var extra = encoder.container(keyedBy: AnyKey.self)
            for (key, value) in extensions where CodingKeys(stringValue: key) == nil {
                try extra.encode(value, forKey: AnyKey(key))
            }
        }
    }

    /// The response carrying this document.
    public func response(headers: [String: String] = [:]) -> APIResponse {
        var all = headers
        all["content-type"] = "application/problem+json"
        return APIResponse(status: status, headers: all, body: jsonData())
    }

    /// The document as JSON text: every error answer carries one, so it is written directly rather than through
    /// `JSONEncoder`; members as ``encode(to:)`` writes them, in sorted order.
    public func jsonData() -> Data {
        var writer = JSONWriter(capacity: 320 + detail.utf8.count)
        let sortedExtras = (extensions ?? [:]).filter { CodingKeys(stringValue: $0.key) == nil }.sorted {
            $0.key < $1.key
        }
        var extras = sortedExtras[...]
        func member(_ name: String, _ value: (inout JSONWriter) -> Void) {
            while let extra = extras.first, extra.key < name {
                writer.key(extra.key)
                writer.string(extra.value)
                extras.removeFirst()
            }
            writer.key(name)
            value(&writer)
        }
        writer.beginObject()
        member("detail") { $0.string(detail) }
        if let errors {
            member("errors") { writer in
                writer.beginArray()
                for error in errors {
                    writer.beginObject()
                    writer.key("field")
                    writer.string(error.field)
                    writer.key("message")
                    writer.string(error.message)
                    writer.endObject()
                }
                writer.endArray()
            }
        }
        member("instance") { $0.string(instance) }
        member("requestId") { $0.string(requestId) }
        member("status") { $0.integer(status) }
        member("title") { $0.string(title) }
        member("type") { $0.string(type) }
        for (key, value) in extras {
            writer.key(key)
            writer.string(value)
        }
        writer.endObject()
        return writer.data
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
