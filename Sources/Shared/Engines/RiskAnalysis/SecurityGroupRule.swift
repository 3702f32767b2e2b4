/// One ingress rule of a security group, in EC2's vocabulary.
public struct SecurityGroupRule: Codable, Sendable, Hashable {
    /// `tcp`, `udp`, `icmp`, `icmpv6`, `-1` (all traffic) or a protocol number, as EC2 accepts them.
    public var ipProtocol: String
    /// First port (TCP/UDP) or ICMP type; `nil` or -1 for all.
    public var fromPort: Int?
    /// Last port (TCP/UDP) or ICMP code; `nil` or -1 for all.
    public var toPort: Int?
    /// Source IPv4 CIDR blocks.
    public var ipv4Ranges: [String]
    /// Source IPv6 CIDR blocks.
    public var ipv6Ranges: [String]
    /// Source security groups (`sg-…`): traffic only from members of those groups.
    public var groupReferences: [String]
    /// Managed prefix lists; their contents are unknown here, so they are not treated as internet exposure.
    public var prefixListIds: [String]

    public init(
        ipProtocol: String, fromPort: Int? = nil, toPort: Int? = nil, ipv4Ranges: [String] = [],
        ipv6Ranges: [String] = [], groupReferences: [String] = [], prefixListIds: [String] = []
    ) {
        self.ipProtocol = ipProtocol
        self.fromPort = fromPort
        self.toPort = toPort
        self.ipv4Ranges = ipv4Ranges
        self.ipv6Ranges = ipv6Ranges
        self.groupReferences = groupReferences
        self.prefixListIds = prefixListIds
    }
}
