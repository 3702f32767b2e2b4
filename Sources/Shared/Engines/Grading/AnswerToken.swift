/// One unit of a normalised answer: a stemmed word, an AWS service marker, or a clause boundary.
struct AnswerToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// An ordinary word, lower-cased and stemmed.
        case word
        /// The service family marker an alias starts with (`#s3`).
        case service
        /// A further marker of the same alias naming a feature or class (`#standardia`).
        case serviceDetail
        /// A comma or similar pause inside a sentence.
        case pause
        /// The end of a sentence: `.`, `;`, `!`, `?`, `:` or a line break.
        case stop
    }

    var text: String
    var kind: Kind

    var isBoundary: Bool { kind == .pause || kind == .stop }
}
