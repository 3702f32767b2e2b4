import Runtime
import Shared

LambdaRuntime.run(name: "AssessmentFn") { _ in
    ClosureHandler { event, _ in event }
}
