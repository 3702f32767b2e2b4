import Logging

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A swift-log handler for Lambda: one JSON object per line when `AWS_LAMBDA_LOG_FORMAT=JSON`, plain text otherwise,
/// written to stdout with one `write` per line so lines from different threads never interleave.
///
/// JSON lines carry `timestamp` (RFC 3339), `level` (Lambda's names, so that Lambda's own level filter applies),
/// `message`, `function` and every metadata key; the runtime puts `requestId`, `traceId` and `cold_start` on each
/// invocation's logger.
public struct LambdaLogHandler: LogHandler {
    public enum Format: Sendable { case json, text }

    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    private let label: String
    private let format: Format
    private let sink: LogSink

    public init(label: String, format: Format, level: Logger.Level, sink: LogSink = .standardOutput) {
        self.label = label
        self.format = format
        self.logLevel = level
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        // The handler's metadata, overridden by the call's, then the error: sorted by key, as one array rather than a
        // merged dictionary, since this runs for every line.
        var fields: [(key: String, value: Logger.MetadataValue)] = []
        fields.reserveCapacity(metadata.count + (event.metadata?.count ?? 0) + 1)
        let explicit = event.metadata ?? [:]
        for (key, value) in metadata where explicit[key] == nil && (event.error == nil || key != "error") {
            fields.append((key, value))
        }
        for (key, value) in explicit where event.error == nil || key != "error" {
            fields.append((key, value))
        }
        if let error = event.error { fields.append(("error", .string("\(error)"))) }
        fields.sort { $0.key < $1.key }
        let message = event.message.description
        switch format {
        case .json: sink.write(jsonLine(level: event.level, message: message, fields: fields))
        case .text: sink.write(textLine(level: event.level, message: message, fields: fields))
        }
    }

    private func jsonLine(
        level: Logger.Level, message: String, fields: [(key: String, value: Logger.MetadataValue)]
    ) -> String {
        var line = "{\"timestamp\":\""
        line.reserveCapacity(192 + message.utf8.count)
        line += Timestamp.now()
        line += "\",\"level\":\""
        line += Self.lambdaName(level)
        line += "\",\"message\":"
        line += JSONText.quoted(message)
        line += ",\"function\":"
        line += JSONText.quoted(label)
        for (key, value) in fields {
            line += ","
            line += JSONText.quoted(key)
            line += ":"
            line += Self.json(value)
        }
        line += "}\n"
        return line
    }

    private func textLine(
        level: Logger.Level, message: String, fields: [(key: String, value: Logger.MetadataValue)]
    ) -> String {
        var line = "\(Timestamp.now()) \(Self.lambdaName(level))"
        if let requestID = fields.first(where: { $0.key == "requestId" }), case .string(let text) = requestID.value {
            line += " \(text)"
        }
        line += " \(message)"
        for (key, value) in fields where key != "requestId" {
            line += " \(key)=\(value)"
        }
        return line + "\n"
    }

    private static func json(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): return JSONText.quoted(text)
        case .stringConvertible(let convertible):
            if let bool = convertible as? Bool { return bool ? "true" : "false" }
            if let int = convertible as? Int { return String(int) }
            if let double = convertible as? Double, double.isFinite { return String(double) }
            return JSONText.quoted(convertible.description)
        case .array(let values): return "[" + values.map(json).joined(separator: ",") + "]"
        case .dictionary(let entries):
            return "{"
                + entries.keys.sorted().map { JSONText.quoted($0) + ":" + json(entries[$0]!) }
                .joined(separator: ",") + "}"
        }
    }

    /// Lambda's level names (`AWS_LAMBDA_LOG_LEVEL`): TRACE, DEBUG, INFO, WARN, ERROR, FATAL.
    public static func lambdaName(_ level: Logger.Level) -> String {
        switch level {
        case .trace: "TRACE"
        case .debug: "DEBUG"
        case .info, .notice: "INFO"
        case .warning: "WARN"
        case .error: "ERROR"
        case .critical: "FATAL"
        }
    }

    /// Parses `AWS_LAMBDA_LOG_LEVEL`; unknown or missing values give `nil`.
    public static func level(lambdaName: String?) -> Logger.Level? {
        switch lambdaName?.uppercased() {
        case "TRACE": .trace
        case "DEBUG": .debug
        case "INFO": .info
        case "WARN", "WARNING": .warning
        case "ERROR": .error
        case "FATAL", "CRITICAL": .critical
        default: nil
        }
    }
}

/// Where log lines go.
public struct LogSink: Sendable {
    private let writeLine: @Sendable (String) -> Void

    public init(_ writeLine: @escaping @Sendable (String) -> Void) {
        self.writeLine = writeLine
    }

    public func write(_ line: String) {
        writeLine(line)
    }

    /// Standard output, one `write(2)` per line.
    public static let standardOutput = LogSink { line in
        var line = line
        line.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}

/// `write(2)` from whichever C library the platform has.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
    #elseif canImport(Musl)
    Musl.write(descriptor, buffer, count)
    #endif
}
