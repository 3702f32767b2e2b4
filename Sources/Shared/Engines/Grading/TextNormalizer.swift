/// Turns free text into `AnswerToken`s that rubric terms can be matched against.
///
/// Lower-cases, expands `n't` to `not`, splits on punctuation (hyphens, slashes and dots inside words
/// split words rather than sentences), drops articles, applies a light suffix stemmer so that "encrypting",
/// "encrypted" and "encryption" meet at "encrypt", and replaces AWS service names and their aliases with
/// canonical markers (`AWSServiceAliases`). Rubric terms go through the same steps, so both sides agree.
struct TextNormalizer: Sendable {
    private let aliases: [String: [(phrase: [String], canonical: [String])]]

    init(aliasTable: [(canonical: String, aliases: [String])] = AWSServiceAliases.table) {
        var index: [String: [(phrase: [String], canonical: [String])]] = [:]
        for entry in aliasTable {
            let canonical = entry.canonical.split(separator: " ").map(String.init)
            for alias in entry.aliases {
                let phrase = Self.words(alias).filter { $0.kind == .word }.map(\.text)
                guard let first = phrase.first else { continue }
                index[first, default: []].append((phrase, canonical))
            }
        }
        for key in index.keys {
            index[key]!.sort { $0.phrase.count > $1.phrase.count }
        }
        aliases = index
    }

    /// Normalises `text` into tokens, service aliases replaced by their canonical markers.
    func tokens(_ text: String) -> [AnswerToken] {
        let raw = Self.words(text)
        var output: [AnswerToken] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let token = raw[index]
            if token.kind == .word, let candidates = aliases[token.text],
                let match = candidates.first(where: { Self.matches($0.phrase, raw, at: index) })
            {
                for (offset, marker) in match.canonical.enumerated() {
                    output.append(AnswerToken(text: marker, kind: offset == 0 ? .service : .serviceDetail))
                }
                index += match.phrase.count
                continue
            }
            output.append(token)
            index += 1
        }
        return output
    }

    private static func matches(_ phrase: [String], _ tokens: [AnswerToken], at start: Int) -> Bool {
        guard start + phrase.count <= tokens.count else { return false }
        for (offset, word) in phrase.enumerated() {
            let token = tokens[start + offset]
            if token.kind != .word || token.text != word { return false }
        }
        return true
    }

    private static let articles: Set<String> = ["a", "an", "the"]

    /// Splits into stemmed words and boundaries, without alias replacement.
    static func words(_ text: String) -> [AnswerToken] {
        var tokens: [AnswerToken] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            if current.hasSuffix("n't") || current.hasSuffix("n\u{2019}t") {
                current.removeLast(3)
                if current == "ca" || current == "wo" { current = current == "ca" ? "can" : "will" }
                if !current.isEmpty { tokens.append(AnswerToken(text: stem(current), kind: .word)) }
                tokens.append(AnswerToken(text: "not", kind: .word))
            } else if !articles.contains(current) {
                let cleaned = current.filter { $0 != "'" && $0 != "\u{2019}" }
                if !cleaned.isEmpty { tokens.append(AnswerToken(text: stem(cleaned), kind: .word)) }
            }
            current = ""
        }
        func boundary(_ kind: AnswerToken.Kind) {
            flush()
            if let last = tokens.last, last.isBoundary {
                if kind == .stop { tokens[tokens.count - 1] = AnswerToken(text: ".", kind: .stop) }
                return
            }
            if !tokens.isEmpty { tokens.append(AnswerToken(text: kind == .stop ? "." : ",", kind: kind)) }
        }
        let characters = Array(text.lowercased())
        var position = 0
        while position < characters.count {
            let character = characters[position]
            let next = position + 1 < characters.count ? characters[position + 1] : " "
            position += 1
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if (character == "'" || character == "\u{2019}") && !current.isEmpty && next.isLetter {
                let afterNext = position + 1 < characters.count ? characters[position + 1] : " "
                if next == "s" && !afterNext.isLetter {
                    flush()
                    position += 1
                } else {
                    current.append(character)
                }
            } else if character == "." || character == "!" || character == "?" || character == ";" || character == ":" {
                if character == "." && !current.isEmpty && (next.isLetter || next.isNumber) {
                    flush()
                } else {
                    boundary(.stop)
                }
            } else if character == "\n" || character == "\r" {
                boundary(.stop)
            } else if character == "," || character == "(" || character == ")" || character == "\u{2014}" {
                boundary(.pause)
            } else {
                flush()
            }
        }
        flush()
        while let last = tokens.last, last.isBoundary { tokens.removeLast() }
        return tokens
    }

    /// A deliberately small suffix stemmer: consistent on both sides matters more than linguistic accuracy.
    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var stem = word
        if word.count > 4 {
            for (suffix, replacement) in [
                ("ies", "y"), ("ings", ""), ("ing", ""), ("ions", ""), ("ion", ""), ("ed", ""),
            ]
            where stem.hasSuffix(suffix) && stem.count - suffix.count >= 3 {
                stem = String(stem.dropLast(suffix.count)) + replacement
                break
            }
        }
        if stem == word, stem.hasSuffix("s"), !stem.hasSuffix("ss"), !stem.hasSuffix("us"), !stem.hasSuffix("is") {
            stem.removeLast()
        }
        if stem.hasSuffix("e"), stem.count >= 5 { stem.removeLast() }
        return stem
    }
}
