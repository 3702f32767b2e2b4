import Runtime

// The Swift side of `scripts/bench runtime`'s like-for-like comparison: the event's bytes back, on our runtime alone,
// exactly what Benchmarks/c-runtime-loop/loop.c does in C. Everything the figures show beyond the C loop's is the
// runtime's own cost per invocation (its run loop, context, logging setup and metrics), and nothing a handler does.
LambdaRuntime.run(name: "RuntimeEcho") { _ in
    ClosureHandler { event, _ in event }
}
