import Testing

@testable import Shared

@Suite("Security-group analyzer")
struct SecurityGroupAnalyzerTests {
    let analyzer = SecurityGroupAnalyzer()

    func rule(
        _ proto: String, _ from: Int?, _ to: Int?, v4: [String] = ["0.0.0.0/0"], v6: [String] = []
    ) -> SecurityGroupRule {
        SecurityGroupRule(ipProtocol: proto, fromPort: from, toPort: to, ipv4Ranges: v4, ipv6Ranges: v6)
    }

    @Test("DescribeSecurityGroups output: SSH open, HTTPS fine, database from a group reference fine")
    func describeOutput() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("security-groups/describe-web-and-ssh.json"))
        #expect(report.ruleCount == 3)
        #expect(report.findings.map(\.type) == [.openSSH])
        #expect(report.findings[0].ruleIndex == 1)
        #expect(report.findings[0].severity == .high)
        #expect(report.findings[0].ports == [22])
        #expect(report.score == 80)
    }

    @Test("Protocol -1 from ::/0 is all traffic; from a group it is nothing")
    func allTraffic() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("security-groups/all-traffic-ipv6.json"))
        #expect(report.findings.count == 1)
        #expect(report.findings[0].type == .allTrafficOpen)
        #expect(report.findings[0].severity == .critical)
        #expect(report.findings[0].sources == ["::/0"])
    }

    @Test("CloudFormation ingress: a range hiding MySQL and RDP, UDP RDP, long-form IPv6 any-address, string ports")
    func cloudFormation() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("security-groups/cloudformation-ingress.json"))
        let byType = Dictionary(grouping: report.findings, by: \.type)
        #expect(byType[.openDatabasePort]?.first?.ports == [3306])
        #expect(byType[.openRDP]?.map(\.ruleIndex) == [0, 1])
        #expect(byType[.openSSH] == nil)
        #expect(report.findings.allSatisfy { $0.ruleIndex != 2 })
    }

    @Test("Private ranges, a single host and ICMP are not internet port exposure")
    func notExposed() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("security-groups/private-only.json"))
        #expect(report.findings.isEmpty)
        #expect(report.score == 100)
    }

    @Test("Malformed rules are reported one by one, never crash")
    func malformed() throws {
        let report = analyzer.analyze(try EvaluatorFixtures.text("security-groups/malformed-rules.json"))
        let messages = report.findings(of: .malformed).map(\.message)
        #expect(messages.count == 6)
        #expect(messages.contains { $0.contains("80–22") })
        #expect(messages.contains { $0.contains("300.0.0.0/8") })
        #expect(messages.contains { $0.contains("gre-ish") })
        #expect(messages.contains { $0.contains("IpProtocol is missing") })
        #expect(messages.contains { $0.contains("\"twenty\" is not a number") })
        #expect(messages.contains { $0.contains("Rule 5 is a number") })
        #expect(!analyzer.analyze("not json").evaluated)
        #expect(analyzer.analyze("{\"Nothing\": 1}").score == 0)
    }

    @Test(
        "Ranges containing 22 are open SSH, for TCP only",
        arguments: [
            ("tcp", 22, 22, true), ("tcp", 20, 30, true), ("tcp", 0, 1024, true), ("tcp", 23, 80, false),
            ("udp", 22, 22, false), ("6", 22, 22, true), ("TCP", 1, 100, true),
        ])
    func ssh(proto: String, from: Int, to: Int, flagged: Bool) {
        let report = analyzer.analyze([rule(proto, from, to)])
        #expect(!report.findings(of: .openSSH).isEmpty == flagged)
    }

    @Test("Every database port is found inside a wide range, in one finding that lists them")
    func databases() {
        let report = analyzer.analyze([rule("tcp", 1024, 30_000)])
        let ports = report.findings(of: .openDatabasePort).first?.ports ?? []
        for port in [
            1433, 1434, 1521, 2483, 3306, 5432, 5601, 6379, 7199, 8888, 9042, 9092, 9160, 9200, 9300, 11211, 27017,
            27018,
        ] {
            #expect(ports.contains(port), "\(port)")
        }
        #expect(report.findings(of: .openDatabasePort).count == 1)
        #expect(report.findings(of: .openRDP).count == 1)
        #expect(report.findings(of: .sensitivePortOpen).first?.ports.contains(8080) == true)
        #expect(report.findings(of: .openSSH).isEmpty)
    }

    @Test("0–65535 is all traffic for TCP (critical) and UDP (high), without per-port findings")
    func fullRange() {
        let tcp = analyzer.analyze([rule("tcp", 0, 65_535)])
        #expect(tcp.findings.map(\.type) == [.allTrafficOpen])
        #expect(tcp.findings[0].severity == .critical)
        let udp = analyzer.analyze([rule("udp", nil, nil)])
        #expect(udp.findings.map(\.severity) == [.high])
    }

    @Test(
        "Any-address spellings and wide public ranges",
        arguments: [
            ("0.0.0.0/0", RiskSeverity.high), ("1.2.3.4/0", .high), ("0.0.0.0/1", .medium), ("8.0.0.0/8", .medium),
            ("10.0.0.0/8", nil), ("172.16.0.0/12", nil), ("192.168.1.0/24", nil), ("203.0.113.0/24", nil),
        ])
    func ipv4Reach(cidr: String, severity: RiskSeverity?) {
        let report = analyzer.analyze([rule("tcp", 22, 22, v4: [cidr])])
        #expect(report.findings.first?.severity == severity)
    }

    @Test(
        "IPv6 any-address in every spelling is the internet",
        arguments: ["::/0", "0::/0", "0:0:0:0:0:0:0:0/0", "::0/0"])
    func ipv6Any(cidr: String) {
        let report = analyzer.analyze([rule("tcp", 3389, 3389, v4: [], v6: [cidr])])
        #expect(report.findings(of: .openRDP).first?.severity == .high)
    }

    @Test("UDP reflection ports and Memcached over UDP are flagged")
    func udpPorts() {
        let report = analyzer.analyze([rule("udp", 1, 20_000)])
        #expect(report.findings(of: .openDatabasePort).first?.ports == [11211])
        #expect(report.findings(of: .sensitivePortOpen).first?.ports == [53, 123, 161, 389, 1900])
    }

    @Test("Explanations exist at every level", arguments: SecurityGroupFindingType.allCases)
    func explanations(type: SecurityGroupFindingType) {
        let texts = Difficulty.allCases.map { SecurityGroupAnalyzer.explanation(for: type, level: $0) }
        #expect(Set(texts).count == 3)
    }
}
