import Runtime
import Shared

LambdaRuntime.run(name: "GamificationFn") { _ in
    ClosureHandler { event, _ in event }
}
