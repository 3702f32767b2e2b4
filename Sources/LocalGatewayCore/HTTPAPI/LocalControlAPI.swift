import Foundation

/// LocalGateway's own endpoints, under `/_local/` (never a route of the API):
/// - `GET /_local/schedules`: the schedules, their functions and expressions;
/// - `POST /_local/schedules/{name}`: fires a schedule now with its `Input` and answers with the outcome
///   (200 when the function succeeded, 502 when it failed, 404 for an unknown schedule);
/// - `GET /_local/dead-letters`: deliveries that exhausted their retries;
/// - `GET /_local/health`: 200 once the gateway serves.
public struct LocalControlAPI: Sendable {
    public let scheduler: ScheduleRunner
    public let invoker: AsyncInvoker

    public init(scheduler: ScheduleRunner, invoker: AsyncInvoker) {
        self.scheduler = scheduler
        self.invoker = invoker
    }

    /// Answers requests under `/_local/`; `nil` for any other path.
    public func handle(_ request: GatewayRequest) async -> GatewayResponse? {
        guard request.rawPath.hasPrefix("/_local/") else { return nil }
        let parts = request.rawPath.split(separator: "/").map(String.init)
        switch (request.method, parts.count > 1 ? parts[1] : "") {
        case ("GET", "health"):
            return json(200, ["status": "ok"])
        case ("GET", "schedules") where parts.count == 2:
            let list = scheduler.schedules.values.sorted { $0.name < $1.name }.map {
                ["name": $0.name, "function": $0.function, "expression": $0.expression, "timezone": $0.timezone]
            }
            return json(200, ["schedules": list])
        case ("POST", "schedules") where parts.count == 3:
            let name = parts[2].removingPercentEncoding ?? parts[2]
            guard let firing = await scheduler.fire(name) else {
                return json(404, ["message": "No schedule named \(name)"])
            }
            var body: [String: Any] = [
                "schedule": name, "function": firing.schedule.function, "executionId": firing.executionId,
                "status": firing.outcome.errorType == nil ? "Succeeded" : "Failed",
            ]
            if let errorType = firing.outcome.errorType { body["errorType"] = errorType }
            body["payload"] =
                (try? JSONSerialization.jsonObject(with: firing.outcome.payload, options: [.fragmentsAllowed]))
                ?? String(decoding: firing.outcome.payload, as: UTF8.self)
            return json(firing.outcome.errorType == nil ? 200 : 502, body)
        case ("GET", "dead-letters"):
            let letters = await invoker.deadLetters.map {
                [
                    "source": $0.source, "function": $0.function, "id": $0.id, "attempts": $0.attempts,
                    "errorType": $0.errorType ?? "",
                ] as [String: Any]
            }
            return json(200, ["deadLetters": letters])
        default:
            return json(404, ["message": "Not Found"])
        }
    }

    private func json(_ status: Int, _ object: [String: Any]) -> GatewayResponse {
        let body = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return GatewayResponse(status: status, headers: [("content-type", "application/json")], body: body)
    }
}
