/// What the runtime knows about the invocation being served, scoped to its task tree, for libraries that are not
/// handed a ``LambdaContext`` (the AWS client reads both values on every request).
///
/// Task-local rather than process-wide, so concurrent work of one invocation sees its own values and nothing leaks
/// into the next invocation.
public enum InvocationScope {
    /// The X-Ray trace header of the invocation (`Lambda-Runtime-Trace-Id`), to pass on as `X-Amzn-Trace-Id`.
    @TaskLocal public static var traceID: String?
    /// When Lambda stops the invocation, in milliseconds since the Unix epoch; work past it is wasted.
    @TaskLocal public static var deadlineMs: Int64?
}
