import Runtime
import Shared

LambdaRuntime.run(name: "AuthFn") { _ in
    var app = FunctionApp()
    app.router.get("/api/v1/health", access: .public) { _, _ in
        try .json(["status": "ok"])
    }
    return app
}
