/// A normalised answer with the lookups the rubric engine needs: where a phrase occurs, whether that
/// occurrence is negated, and whether its sentence carries reasoning or is a bare list.
struct AnswerText: Sendable {
    let tokens: [AnswerToken]
    private let positions: [String: [Int]]

    /// Words that turn the phrase after them into its opposite within the same clause.
    private static let negators: Set<String> = Set(
        ["not", "no", "never", "without", "avoid", "nor", "neither", "unnecessary", "unneeded"].map(TextNormalizer.stem)
    )
    /// Negators that only count with their partner word: "instead of", "rather than".
    private static let pairedNegators: [String: String] = [
        TextNormalizer.stem("instead"): "of", TextNormalizer.stem("rather"): "than",
    ]
    /// Words that end a clause for negation purposes.
    private static let contrast: Set<String> = Set(
        ["but", "however", "although", "though", "whereas", "while", "and", "so", "because", "then"].map(
            TextNormalizer.stem))
    /// Auxiliaries that may sit between a phrase and a following `not` ("X is not needed").
    private static let auxiliaries: Set<String> = Set(
        [
            "is", "are", "was", "were", "be", "been", "would", "will", "should", "does", "do", "did", "really", "also",
            "need", "needed", "required", "recommended",
        ]
        .map(TextNormalizer.stem))
    private static let postNegators: Set<String> = Set(
        ["not", "never", "unnecessary", "unneeded", "avoided", "discouraged"].map(TextNormalizer.stem))
    /// Words too common to count as reasoning.
    private static let fillers: Set<String> = Set(
        [
            "and", "or", "to", "of", "in", "on", "for", "with", "use", "using", "is", "are", "be", "it", "this", "that",
            "we", "i", "you", "then", "also", "can", "will", "as", "by", "at", "from", "plus", "etc", "which", "should",
            "would", "could", "our", "my", "its", "their", "there", "have", "has",
        ].map(TextNormalizer.stem))

    init(_ text: String, normalizer: TextNormalizer) {
        tokens = normalizer.tokens(text)
        var positions: [String: [Int]] = [:]
        for (index, token) in tokens.enumerated() where !token.isBoundary {
            positions[token.text, default: []].append(index)
        }
        self.positions = positions
    }

    /// Number of word and service tokens.
    var wordCount: Int { tokens.reduce(0) { $0 + ($1.isBoundary ? 0 : 1) } }

    /// Distinct service family markers the answer names.
    var services: Set<String> { Set(tokens.filter { $0.kind == .service }.map(\.text)) }

    /// Every occurrence of `phrase` (normalised token texts) in order, allowing up to `maxGap` other words
    /// between consecutive words of the phrase, never across a boundary; service markers must be adjacent.
    func occurrences(of phrase: [String], maxGap: Int = 2) -> [ClosedRange<Int>] {
        guard let first = phrase.first else { return [] }
        let starts: [Int]
        if Self.matchesAsPrefix(first) {
            starts = tokens.indices.filter { matches(tokens[$0], first) }
        } else {
            starts = positions[first] ?? []
        }
        var found: [ClosedRange<Int>] = []
        for start in starts {
            var cursor = start
            var matched = true
            for word in phrase.dropFirst() {
                let previousIsService = tokens[cursor].kind != .word
                let gapLimit = previousIsService || word.hasPrefix("#") ? 0 : maxGap
                var next = cursor + 1
                var skipped = 0
                while next < tokens.count, !tokens[next].isBoundary, !matches(tokens[next], word), skipped < gapLimit {
                    next += 1
                    skipped += 1
                }
                guard next < tokens.count, matches(tokens[next], word) else {
                    matched = false
                    break
                }
                cursor = next
            }
            if matched { found.append(start...cursor) }
        }
        return found
    }

    /// Rubric words of five letters or more also match longer words that start with them, because authors
    /// write stems ("rehears" for rehearse, rehearsal, rehearsing).
    private static func matchesAsPrefix(_ word: String) -> Bool {
        word.count >= 5 && !word.hasPrefix("#")
    }

    private func matches(_ token: AnswerToken, _ word: String) -> Bool {
        token.text == word || (token.kind == .word && Self.matchesAsPrefix(word) && token.text.hasPrefix(word))
    }

    /// Whether the occurrence is negated: a negator up to four words before it in the same clause ("do not
    /// use a NAT gateway", "instead of a NAT gateway"), or a `not` right after it ("a NAT gateway is not
    /// needed"). "not only" is not a negation.
    func isNegated(_ range: ClosedRange<Int>) -> Bool {
        var index = range.lowerBound - 1
        var steps = 0
        while index >= 0, steps < 4 {
            let token = tokens[index]
            if token.isBoundary || Self.contrast.contains(token.text) { break }
            let following = index + 1 < tokens.count ? tokens[index + 1].text : ""
            if Self.negators.contains(token.text), !(token.text == "not" && following == "only") { return true }
            if let partner = Self.pairedNegators[token.text], following == partner { return true }
            index -= 1
            steps += 1
        }
        index = range.upperBound + 1
        steps = 0
        while index < tokens.count, steps < 4, !tokens[index].isBoundary {
            if Self.postNegators.contains(tokens[index].text) { return true }
            guard Self.auxiliaries.contains(tokens[index].text) else { break }
            index += 1
            steps += 1
        }
        return false
    }

    /// Whether the words around the occurrence explain something rather than name more things: at least
    /// three content words within eight tokens on either side, in the same sentence, that are neither
    /// service names nor part of any rubric phrase (`phraseMask`). A comma list of rubric terms has none.
    func isReasoned(_ range: ClosedRange<Int>, phraseMask: [Bool]) -> Bool {
        var content = 0
        var index = range.lowerBound - 1
        while index >= 0, index >= range.lowerBound - 8, tokens[index].kind != .stop {
            if countsAsReasoning(index, phraseMask) { content += 1 }
            index -= 1
        }
        index = range.upperBound + 1
        while index < tokens.count, index <= range.upperBound + 8, tokens[index].kind != .stop {
            if countsAsReasoning(index, phraseMask) { content += 1 }
            index += 1
        }
        return content >= 3
    }

    private func countsAsReasoning(_ index: Int, _ phraseMask: [Bool]) -> Bool {
        let token = tokens[index]
        return token.kind == .word && !Self.fillers.contains(token.text)
            && !(index < phraseMask.count && phraseMask[index])
    }
}
