/// How much of the internet a CIDR block admits.
enum CIDRReach: Sendable, Hashable {
    /// `/0`: every address (`0.0.0.0/0`, `::/0`, or any other spelling of a zero-length prefix).
    case internet
    /// A public block of at least a /8 (IPv4) or /16 (IPv6): a large slice of the internet.
    case widePublic
    /// Private, link-local or a smaller public block.
    case limited

    private static let privateIPv4: [(UInt32, Int)] = [
        (0x0A00_0000, 8), (0xAC10_0000, 12), (0xC0A8_0000, 16), (0x6440_0000, 10), (0x7F00_0000, 8),
        (0xA9FE_0000, 16),
    ]

    /// The reach of an IPv4 CIDR such as `203.0.113.0/24`; `nil` when it is not one.
    static func ipv4(_ text: String) -> CIDRReach? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = decimal(parts[1], max: 32) else { return nil }
        let octets = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return nil }
        var address: UInt32 = 0
        for octet in octets {
            guard let value = decimal(octet, max: 255) else { return nil }
            address = address << 8 | UInt32(value)
        }
        if prefix == 0 { return .internet }
        for (network, length) in privateIPv4 where prefix >= length {
            let mask: UInt32 = ~0 << (32 - length)
            if address & mask == network { return .limited }
        }
        return prefix <= 8 ? .widePublic : .limited
    }

    /// The reach of an IPv6 CIDR such as `2001:db8::/32`; `nil` when it is not one.
    static func ipv6(_ text: String) -> CIDRReach? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let prefix = decimal(parts[1], max: 128), let first = firstGroup(parts[0]) else {
            return nil
        }
        if prefix == 0 { return .internet }
        let uniqueLocal = first & 0xFE00 == 0xFC00
        let linkLocal = first & 0xFFC0 == 0xFE80
        if uniqueLocal || linkLocal { return .limited }
        return prefix <= 16 ? .widePublic : .limited
    }

    private static func decimal(_ text: Substring, max: Int) -> Int? {
        guard !text.isEmpty, text.count <= 3, text.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(text),
            value <= max
        else { return nil }
        return value
    }

    /// Validates an IPv6 address and returns its first 16-bit group.
    private static func firstGroup(_ address: Substring) -> UInt16? {
        let halves = address.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return nil }
        var groups: [[Substring]] = []
        for half in halves {
            groups.append(half.isEmpty ? [] : half.split(separator: ":", omittingEmptySubsequences: false))
        }
        let all = groups.flatMap { $0 }
        let count = all.count
        guard halves.count == 2 ? count <= 7 : count == 8 else { return nil }
        var values: [UInt16] = []
        for group in all {
            guard (1...4).contains(group.count), let value = UInt16(group, radix: 16) else { return nil }
            values.append(value)
        }
        if halves.count == 2 && groups[0].isEmpty { return 0 }
        return values.first ?? 0
    }
}
