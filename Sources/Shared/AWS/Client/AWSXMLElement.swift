/// A minimal XML element tree for the query protocol's responses (SNS, STS, IAM, SES v1) and XML error bodies.
/// FoundationEssentials has no XML parser; these documents are small, namespace-free in practice and never carry
/// DTDs, so elements, attributes (skipped), text, CDATA and the five entities plus numeric references suffice.
public struct AWSXMLElement: Sendable, Equatable {
    public var name: String
    public var children: [AWSXMLElement]
    public var text: String

    /// The first child called `name`.
    public subscript(name: String) -> AWSXMLElement? { children.first { $0.name == name } }

    /// The first element called `name` anywhere below this one (depth first).
    public func find(_ name: String) -> AWSXMLElement? {
        for child in children {
            if child.name == name { return child }
            if let found = child.find(name) { return found }
        }
        return nil
    }

    /// Every element called `name` anywhere below this one, in document order.
    public func findAll(_ name: String) -> [AWSXMLElement] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.findAll(name) }
    }

    /// Parses a document; `nil` when `bytes` is not well-formed enough to build a tree.
    public static func parse(_ bytes: some Collection<UInt8>) -> AWSXMLElement? {
        var parser = Parser(bytes: Array(bytes))
        return parser.document()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func document() -> AWSXMLElement? {
            var root = AWSXMLElement(name: "", children: [], text: "")
            var stack: [AWSXMLElement] = []
            var current = root
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<") {
                    if starts("<?") || starts("<!--") || starts("<!DOCTYPE") {
                        guard skip(past: starts("<!--") ? "-->" : ">") else { return nil }
                    } else if starts("<![CDATA[") {
                        index += 9
                        let start = index
                        guard skip(past: "]]>") else { return nil }
                        current.text += String(decoding: bytes[start..<(index - 3)], as: UTF8.self)
                    } else if starts("</") {
                        guard skip(past: ">"), let parent = stack.popLast() else { return nil }
                        var finished = current
                        finished.text = Self.trimmed(finished.text)
                        current = parent
                        current.children.append(finished)
                    } else {
                        index += 1
                        let nameStart = index
                        while index < bytes.count, !Self.isNameEnd(bytes[index]) { index += 1 }
                        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
                        let tagStart = index
                        guard skip(past: ">") else { return nil }
                        let element = AWSXMLElement(name: name, children: [], text: "")
                        if index - 2 >= tagStart, bytes[index - 2] == UInt8(ascii: "/") {
                            current.children.append(element)
                        } else {
                            stack.append(current)
                            current = element
                        }
                    }
                } else {
                    let start = index
                    while index < bytes.count, bytes[index] != UInt8(ascii: "<") { index += 1 }
                    current.text += Self.decodeEntities(bytes[start..<index])
                }
            }
            guard stack.isEmpty else { return nil }
            root = current
            return root.children.first
        }

        private func starts(_ prefix: String) -> Bool {
            let utf8 = Array(prefix.utf8)
            return index + utf8.count <= bytes.count && bytes[index..<(index + utf8.count)].elementsEqual(utf8)
        }

        private mutating func skip(past terminator: String) -> Bool {
            let utf8 = Array(terminator.utf8)
            while index + utf8.count <= bytes.count {
                if bytes[index..<(index + utf8.count)].elementsEqual(utf8) {
                    index += utf8.count
                    return true
                }
                index += 1
            }
            return false
        }

        private static func isNameEnd(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }

        private static func trimmed(_ text: String) -> String {
            let scalars = text.unicodeScalars
            guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
            else { return "" }
            return String(scalars[first...last])
        }

        static func decodeEntities(_ slice: ArraySlice<UInt8>) -> String {
            let text = String(decoding: slice, as: UTF8.self)
            guard text.contains("&") else { return text }
            var out = ""
            var rest = Substring(text)
            while let amp = rest.firstIndex(of: "&") {
                out += rest[..<amp]
                guard let semi = rest[amp...].firstIndex(of: ";") else { break }
                let entity = rest[rest.index(after: amp)..<semi]
                switch entity {
                case "lt": out += "<"
                case "gt": out += ">"
                case "amp": out += "&"
                case "quot": out += "\""
                case "apos": out += "'"
                default:
                    let number: UInt32? =
                        entity.hasPrefix("#x")
                        ? UInt32(entity.dropFirst(2), radix: 16)
                        : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                    if let number, let scalar = Unicode.Scalar(number) {
                        out.unicodeScalars.append(scalar)
                    } else {
                        out += "&" + entity + ";"
                    }
                }
                rest = rest[rest.index(after: semi)...]
            }
            return out + rest
        }
    }
}
