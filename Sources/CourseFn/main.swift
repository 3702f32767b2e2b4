import Runtime
import Shared

LambdaRuntime.run(name: "CourseFn") { context in
    let config = try CourseConfig.fromEnvironment(logger: context.logger)
    var app = FunctionApp()
    try config.makeFunction().register(on: &app.router)
    return app
}
