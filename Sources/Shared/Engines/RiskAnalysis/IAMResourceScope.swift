/// Whether a resource pattern names particular resources or sweeps across all of a kind.
///
/// `*` and `NotResource` are unbounded; so is an ARN whose resource part is `*`, starts with a wildcard, or is
/// `type/*` / `type:*` (every role, every table, every secret in the account). A named resource, a path
/// (`role/service-role/*`) or a name prefix (`role/app-*`) is bounded. S3 is special: `bucket/*` is every
/// object of one bucket, which is bounded.
enum IAMResourceScope {
    static func isUnbounded(_ pattern: String) -> Bool {
        if pattern == "*" { return true }
        let parts = pattern.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "arn" else { return pattern.hasPrefix("*") }
        let service = parts[2]
        let resource = parts[5]
        if resource.isEmpty || resource.first == "*" || resource.first == "?" { return true }
        if service.first == "*" && IAMPattern.hasWildcard(String(resource)) { return true }
        if service == "s3" { return false }
        guard let separator = resource.firstIndex(where: { $0 == "/" || $0 == ":" }) else { return false }
        let type = resource[..<separator]
        let rest = resource[resource.index(after: separator)...]
        return rest == "*" && !IAMPattern.hasWildcard(String(type))
    }

    /// ARNs of unrelated services that only an all-resource pattern matches at once.
    private static let probes = [
        "arn:aws:iam::111122223333:role/probe", "arn:aws:s3:::probe-bucket/key",
        "arn:aws:ec2:us-east-1:111122223333:instance/i-0123456789abcdef0",
    ]

    /// Whether `pattern` matches every resource of every service (`*`, `arn:aws:*:*:*:*`, …).
    static func isEverything(_ pattern: String) -> Bool {
        probes.allSatisfy { IAMPattern.matches(pattern, $0) }
    }
}
