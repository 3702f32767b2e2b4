/// Wildcard matching as IAM does it: `*` matches any run of characters, `?` exactly one.
///
/// Callers lower-case actions before matching (IAM action names are case-insensitive); ARNs are compared as
/// written because resource matching is case-sensitive.
enum IAMPattern {
    /// Whether `value` matches `pattern`.
    static func matches(_ pattern: String, _ value: String) -> Bool {
        withBytes(pattern, value) { glob($0, $1, questionMatchesStar: true) }
    }

    /// Whether every string `inner` can match is also matched by `outer`.
    ///
    /// Sound but not complete: a `true` is always right, a `false` may be a containment it could not prove.
    /// It treats `inner`'s wildcards as characters that only a `*` in `outer` may absorb.
    static func covers(_ outer: String, _ inner: String) -> Bool {
        withBytes(outer, inner) { glob($0, $1, questionMatchesStar: false) }
    }

    /// Native strings expose their UTF-8 without copying; others are copied once.
    private static func withBytes(
        _ first: String, _ second: String, _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Bool
    ) -> Bool {
        let result = first.utf8.withContiguousStorageIfAvailable { left in
            second.utf8.withContiguousStorageIfAvailable { right in body(left, right) }
        }
        if let result, let value = result { return value }
        return Array(first.utf8).withUnsafeBufferPointer { left in
            Array(second.utf8).withUnsafeBufferPointer { right in body(left, right) }
        }
    }

    /// Whether `pattern` contains a wildcard.
    static func hasWildcard(_ pattern: String) -> Bool {
        pattern.utf8.contains { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") }
    }

    /// Linear-time glob with single-star backtracking.
    private static func glob(
        _ pattern: UnsafeBufferPointer<UInt8>, _ text: UnsafeBufferPointer<UInt8>, questionMatchesStar: Bool
    ) -> Bool {
        let star = UInt8(ascii: "*")
        let question = UInt8(ascii: "?")
        var p = 0
        var t = 0
        var lastStar = -1
        var resume = 0
        while t < text.count {
            if p < pattern.count {
                let c = pattern[p]
                if c == star {
                    lastStar = p
                    resume = t
                    p += 1
                    continue
                }
                let single = c == question && (questionMatchesStar || text[t] != star)
                let literal = c != question && c == text[t] && (questionMatchesStar || text[t] != question)
                if single || literal {
                    p += 1
                    t += 1
                    continue
                }
            }
            guard lastStar >= 0 else { return false }
            p = lastStar + 1
            resume += 1
            t = resume
        }
        while p < pattern.count, pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
