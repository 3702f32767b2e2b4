import Runtime
import Shared

LambdaRuntime.run(name: "ProgressFn") { _ in
    ClosureHandler { event, _ in event }
}
