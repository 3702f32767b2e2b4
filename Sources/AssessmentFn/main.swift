import Runtime
import Shared

// Until this function's routes arrive, every path answers 404 problem+json.
LambdaRuntime.run(name: "AssessmentFn") { _ in
    FunctionApp()
}
