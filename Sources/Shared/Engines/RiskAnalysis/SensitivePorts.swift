/// The ports the security-group analyzer flags, with the service each belongs to.
///
/// TCP: SSH, RDP, the database ports prowler checks one by one, and prowler's default high-risk list plus
/// FTP and Telnet. UDP: RDP's UDP transport, Memcached (the 2018 amplification attacks) and common reflection
/// services.
enum SensitivePorts {
    struct Entry {
        var port: Int
        var service: String
        var type: SecurityGroupFindingType
        var severity: RiskSeverity
    }

    static let order: [SecurityGroupFindingType] = [.openSSH, .openRDP, .openDatabasePort, .sensitivePortOpen]

    static let tcp: [Entry] =
        [
            Entry(port: 22, service: "SSH", type: .openSSH, severity: .high),
            Entry(port: 3389, service: "RDP", type: .openRDP, severity: .high),
        ] + databases.map { Entry(port: $0.0, service: $0.1, type: .openDatabasePort, severity: .high) } + [
            Entry(port: 20, service: "FTP data", type: .sensitivePortOpen, severity: .high),
            Entry(port: 21, service: "FTP", type: .sensitivePortOpen, severity: .high),
            Entry(port: 23, service: "Telnet", type: .sensitivePortOpen, severity: .high),
            Entry(port: 25, service: "SMTP", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 110, service: "POP3", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 135, service: "Microsoft RPC", type: .sensitivePortOpen, severity: .high),
            Entry(port: 143, service: "IMAP", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 445, service: "SMB", type: .sensitivePortOpen, severity: .high),
            Entry(port: 3000, service: "development server", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 4333, service: "mSQL", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 5000, service: "development server", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 5500, service: "VNC", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 8080, service: "HTTP proxy / admin", type: .sensitivePortOpen, severity: .medium),
            Entry(port: 8088, service: "HTTP admin", type: .sensitivePortOpen, severity: .medium),
        ]

    static let udp: [Entry] = [
        Entry(port: 3389, service: "RDP", type: .openRDP, severity: .high),
        Entry(port: 11211, service: "Memcached", type: .openDatabasePort, severity: .high),
        Entry(port: 53, service: "DNS", type: .sensitivePortOpen, severity: .medium),
        Entry(port: 123, service: "NTP", type: .sensitivePortOpen, severity: .medium),
        Entry(port: 161, service: "SNMP", type: .sensitivePortOpen, severity: .medium),
        Entry(port: 389, service: "CLDAP", type: .sensitivePortOpen, severity: .medium),
        Entry(port: 1900, service: "SSDP", type: .sensitivePortOpen, severity: .medium),
    ]

    private static let databases: [(Int, String)] = [
        (1433, "SQL Server"), (1434, "SQL Server browser"), (1521, "Oracle"), (2483, "Oracle"), (2484, "Oracle TLS"),
        (3306, "MySQL"), (5432, "PostgreSQL"), (5601, "Kibana"), (6379, "Redis"), (7199, "Cassandra JMX"),
        (8888, "Cassandra OpsCenter"), (9042, "Cassandra"), (9092, "Kafka"), (9160, "Cassandra Thrift"),
        (9200, "Elasticsearch"), (9300, "Elasticsearch transport"), (11211, "Memcached"), (27017, "MongoDB"),
        (27018, "MongoDB"),
    ]

    static func recommendation(_ type: SecurityGroupFindingType) -> String {
        switch type {
        case .openSSH, .openRDP:
            "Close the port to the internet; use Systems Manager Session Manager, or allow only your office or VPN range."
        case .openDatabasePort:
            "Put the data store in private subnets and allow it only from the application tier's security group."
        default:
            "Close the port to the internet or limit it to the addresses that need it."
        }
    }
}
