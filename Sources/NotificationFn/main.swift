import Runtime
import Shared

LambdaRuntime.run(name: "NotificationFn") { _ in
    ClosureHandler { event, _ in event }
}
