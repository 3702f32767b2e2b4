import Testing

@testable import LocalGatewayCore

@Suite("Route selection")
struct RouteTableTests {
    static let routes: [RouteSpec] = [
        ("GET", "/api/v1/courses"), ("GET", "/api/v1/courses/enrolled"), ("GET", "/api/v1/courses/{id}"),
        ("DELETE", "/api/v1/courses/{id}/enroll"), ("POST", "/api/v1/courses/{id}/enroll"),
        ("GET", "/api/v1/groups/{id}/members/me"), ("ANY", "/files/{proxy+}"), ("GET", "/files/readme"),
    ].map { RouteSpec(eventName: $0.1, function: "F", method: $0.0, path: $0.1, authorizer: nil) }
    let table = RouteTable(routes: routes)

    @Test(
        "the most specific route wins and parameters are decoded",
        arguments: [
            ("GET", "/api/v1/courses", "GET /api/v1/courses", [:]),
            ("GET", "/api/v1/courses/enrolled", "GET /api/v1/courses/enrolled", [:]),
            ("GET", "/api/v1/courses/c-42", "GET /api/v1/courses/{id}", ["id": "c-42"]),
            ("GET", "/api/v1/courses/a%20b", "GET /api/v1/courses/{id}", ["id": "a b"]),
            ("POST", "/api/v1/courses/x/enroll", "POST /api/v1/courses/{id}/enroll", ["id": "x"]),
            ("delete", "/api/v1/courses/x/enroll", "DELETE /api/v1/courses/{id}/enroll", ["id": "x"]),
            ("GET", "/files/readme", "GET /files/readme", [:]),
            ("PUT", "/files/a/b/c.txt", "ANY /files/{proxy+}", ["proxy": "a/b/c.txt"]),
        ] as [(String, String, String, [String: String])])
    func matches(method: String, path: String, routeKey: String, parameters: [String: String]) throws {
        let match = try #require(table.match(method: method, path: path))
        #expect(match.route.routeKey == routeKey)
        #expect(match.pathParameters == parameters)
    }

    @Test(
        "no route is a 404, including a known path with another method",
        arguments: [
            ("POST", "/api/v1/courses/enrolled/x"), ("PUT", "/api/v1/courses/x"), ("GET", "/api/v1/courses/"),
            ("GET", "/api/v1//enrolled"), ("GET", "/files"), ("GET", "/api/v1/courses/x/enroll"), ("GET", "/"),
        ])
    func notFound(method: String, path: String) {
        #expect(table.match(method: method, path: path) == nil)
    }

    @Test("$default catches what nothing else matches")
    func defaultRoute() throws {
        let table = RouteTable(
            routes: Self.routes + [
                RouteSpec(eventName: "D", function: "G", method: "ANY", path: "$default", authorizer: nil)
            ])
        #expect(try #require(table.match(method: "GET", path: "/elsewhere")).route.function == "G")
        #expect(try #require(table.match(method: "GET", path: "/api/v1/courses")).route.function == "F")
    }
}
