import Foundation

/// Picks the route for a request the way an HTTP API does: the most specific match wins (literal segments over
/// `{parameter}` segments over a greedy `{proxy+}`, an exact method over `ANY`), then `$default`; anything else is
/// a 404. A method that does not match is a 404 too: HTTP APIs have no 405.
public struct RouteTable: Sendable {
    /// A matched route with its path parameters (percent-decoded).
    public struct Match: Sendable, Equatable {
        public var route: RouteSpec
        public var pathParameters: [String: String]
    }

    enum Segment: Sendable, Equatable {
        case literal(String)
        case parameter(String)
        case greedy(String)
    }

    struct Entry: Sendable {
        var route: RouteSpec
        var segments: [Segment]
    }

    private let entries: [Entry]
    private let defaultRoute: RouteSpec?

    public init(routes: [RouteSpec]) {
        var entries: [Entry] = []
        var fallback: RouteSpec?
        for route in routes {
            if route.path == "$default" {
                fallback = route
            } else {
                entries.append(Entry(route: route, segments: Self.segments(of: route.path)))
            }
        }
        self.entries = entries.sorted { Self.rank($0) > Self.rank($1) }
        self.defaultRoute = fallback
    }

    /// The route for `method` and the raw (still percent-encoded) `path`, or `nil` for API Gateway's 404.
    public func match(method: String, path: String) -> Match? {
        let method = method.uppercased()
        let parts = Self.pathParts(path)
        for entry in entries where entry.route.method == method || entry.route.method == "ANY" {
            if let parameters = Self.match(entry.segments, parts) {
                return Match(route: entry.route, pathParameters: parameters)
            }
        }
        return defaultRoute.map { Match(route: $0, pathParameters: [:]) }
    }

    static func segments(of template: String) -> [Segment] {
        pathParts(template).map { part in
            guard part.hasPrefix("{"), part.hasSuffix("}") else { return .literal(part) }
            let name = String(part.dropFirst().dropLast())
            return name.hasSuffix("+") ? .greedy(String(name.dropLast())) : .parameter(name)
        }
    }

    /// Path segments without the leading slash; an empty segment (trailing or doubled slash) is kept, so
    /// `/courses/` does not match `/courses`.
    static func pathParts(_ path: String) -> [String] {
        var trimmed = Substring(path)
        if trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    /// Higher is more specific: literal segments count most, then plain parameters; a greedy tail and `ANY` lose.
    private static func rank(_ entry: Entry) -> Int {
        var score = 0
        for segment in entry.segments {
            switch segment {
            case .literal: score += 1_000
            case .parameter: score += 10
            case .greedy: score -= 1
            }
        }
        if entry.route.method != "ANY" { score += 1 }
        return score
    }

    private static func match(_ segments: [Segment], _ parts: [String]) -> [String: String]? {
        var parameters: [String: String] = [:]
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .greedy(let name):
                guard index < parts.count else { return nil }
                let rest = parts[index...].joined(separator: "/")
                guard !rest.isEmpty else { return nil }
                parameters[name] = rest.removingPercentEncoding ?? rest
                return parameters
            case .literal(let text):
                guard index < parts.count, parts[index] == text else { return nil }
            case .parameter(let name):
                guard index < parts.count, !parts[index].isEmpty else { return nil }
                parameters[name] = parts[index].removingPercentEncoding ?? parts[index]
            }
        }
        return segments.count == parts.count ? parameters : nil
    }
}
