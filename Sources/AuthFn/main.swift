import Runtime
import Shared

LambdaRuntime.run(name: "AuthFn") { _ in
    ClosureHandler { event, _ in event }
}
