/// The kinds of exposure the security-group analyzer reports.
public enum SecurityGroupFindingType: String, Codable, Sendable, Hashable, CaseIterable {
    /// Protocol -1, or every port of a protocol, open to the internet.
    case allTrafficOpen
    /// TCP 22 open to the internet.
    case openSSH
    /// TCP or UDP 3389 open to the internet.
    case openRDP
    /// A database or data-store port open to the internet (MySQL, PostgreSQL, SQL Server, Oracle, MongoDB,
    /// Redis, Memcached, Cassandra, Elasticsearch/Kibana, Kafka).
    case openDatabasePort
    /// Another port that attackers scan for (FTP, Telnet, SMTP, SMB, RPC, admin consoles, UDP reflectors).
    case sensitivePortOpen
    /// A rule that EC2 would reject or that cannot be read.
    case malformed
}
