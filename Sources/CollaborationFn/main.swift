import Runtime
import Shared

LambdaRuntime.run(name: "CollaborationFn") { _ in
    ClosureHandler { event, _ in event }
}
