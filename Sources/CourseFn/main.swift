import Runtime
import Shared

LambdaRuntime.run(name: "CourseFn") { _ in
    ClosureHandler { event, _ in event }
}
