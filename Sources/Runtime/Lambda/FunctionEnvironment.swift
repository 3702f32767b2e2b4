#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The variables Lambda sets for every process of a function (reference: the Runtime API's environment).
public struct FunctionEnvironment: Sendable {
    public var functionName: String
    public var functionVersion: String
    public var memorySizeMB: Int?
    public var logGroupName: String?
    public var logStreamName: String?
    public var region: String?

    public init(
        functionName: String = "local", functionVersion: String = "$LATEST", memorySizeMB: Int? = nil,
        logGroupName: String? = nil, logStreamName: String? = nil, region: String? = nil
    ) {
        self.functionName = functionName
        self.functionVersion = functionVersion
        self.memorySizeMB = memorySizeMB
        self.logGroupName = logGroupName
        self.logStreamName = logStreamName
        self.region = region
    }

    /// Reads the process environment.
    public static func current(defaultName: String) -> FunctionEnvironment {
        FunctionEnvironment(
            functionName: Environment.value("AWS_LAMBDA_FUNCTION_NAME") ?? defaultName,
            functionVersion: Environment.value("AWS_LAMBDA_FUNCTION_VERSION") ?? "$LATEST",
            memorySizeMB: Environment.value("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").flatMap { Int($0) },
            logGroupName: Environment.value("AWS_LAMBDA_LOG_GROUP_NAME"),
            logStreamName: Environment.value("AWS_LAMBDA_LOG_STREAM_NAME"),
            region: Environment.value("AWS_REGION") ?? Environment.value("AWS_DEFAULT_REGION"))
    }
}

/// Process environment access without Foundation's `ProcessInfo`.
public enum Environment {
    /// The variable's value, or `nil` when it is unset or empty.
    public static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let value = String(cString: raw)
        return value.isEmpty ? nil : value
    }

    /// The variable's value.
    ///
    /// - Throws: ``ConfigurationError`` naming the variable when it is unset or empty.
    public static func required(_ name: String) throws(ConfigurationError) -> String {
        guard let value = value(name) else { throw ConfigurationError(variable: name) }
        return value
    }

    public static func set(_ name: String, _ value: String) {
        setenv(name, value, 1)
    }
}

/// A required environment variable is missing: the function cannot start.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public var variable: String

    public init(variable: String) {
        self.variable = variable
    }

    public var description: String { "missing required environment variable \(variable)" }
}
