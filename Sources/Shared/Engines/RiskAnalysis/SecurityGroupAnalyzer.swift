/// Finds ingress rules that expose a security group to the internet.
///
/// Semantics: protocol `-1` (or `all`) is all traffic whatever the ports say; TCP and UDP ranges are checked for
/// every sensitive port they contain, and a range of all 65,536 ports counts as all traffic for that protocol;
/// ICMP rules carry types and codes rather than ports and are never port findings. "Internet" is any
/// zero-length prefix in IPv4 or IPv6; a public /1–/8 (IPv4) or /1–/16 (IPv6) counts one severity lower.
/// References to other security groups and prefix lists are not internet exposure. Malformed rules are
/// reported and skipped, never a crash.
public struct SecurityGroupAnalyzer: Sendable {
    public init() {}

    /// Analyses security-group JSON text (see `SecurityGroupRuleParser` for the accepted shapes). Text that is
    /// not JSON yields one `malformed` finding and a score of 0.
    public func analyze(_ text: String) -> SecurityGroupReport {
        guard text.utf8.count <= 262_144 else { return Self.unreadable("The input is larger than 256 KiB.") }
        do {
            let parsed = SecurityGroupRuleParser.parse(try JSONValueParser().parse(text))
            var report = analyze(parsed.rules)
            report.findings = Self.sorted(parsed.findings + report.findings)
            report.score = parsed.evaluated ? RiskSeverity.score(report.findings.map(\.severity)) : 0
            report.evaluated = parsed.evaluated
            report.ruleCount = parsed.rules.count + parsed.findings.count
            return report
        } catch {
            return Self.unreadable("The input is not valid JSON: \(error.description).")
        }
    }

    /// Analyses rules already in Swift form.
    public func analyze(_ rules: [SecurityGroupRule]) -> SecurityGroupReport {
        var findings: [SecurityGroupFinding] = []
        for (index, rule) in rules.enumerated() {
            findings += Self.findings(for: rule, index: index)
        }
        let sortedFindings = Self.sorted(findings)
        return SecurityGroupReport(
            findings: sortedFindings, score: RiskSeverity.score(sortedFindings.map(\.severity)), evaluated: true,
            ruleCount: rules.count)
    }

    /// A plain-language explanation of a finding type, pitched at `level`; needs no model.
    public static func explanation(for type: SecurityGroupFindingType, level: Difficulty) -> String {
        RiskExplanation.text(for: type, level: level)
    }

    private static func unreadable(_ message: String) -> SecurityGroupReport {
        let finding = SecurityGroupFinding(
            type: .malformed, severity: .high, message: message,
            recommendation:
                "Paste the output of aws ec2 describe-security-groups or the template's SecurityGroupIngress.")
        return SecurityGroupReport(findings: [finding], score: 0, evaluated: false, ruleCount: 0)
    }

    private static func sorted(_ findings: [SecurityGroupFinding]) -> [SecurityGroupFinding] {
        findings.enumerated().sorted { lhs, rhs in
            if lhs.element.severity != rhs.element.severity { return lhs.element.severity > rhs.element.severity }
            let left = lhs.element.ruleIndex ?? -1
            let right = rhs.element.ruleIndex ?? -1
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    enum IPProtocol: Equatable {
        case all, tcp, udp, icmp
        case other(Int)

        init?(_ text: String) {
            switch text.lowercased() {
            case "-1", "all": self = .all
            case "tcp", "6": self = .tcp
            case "udp", "17": self = .udp
            case "icmp", "1", "icmpv6", "58": self = .icmp
            default:
                guard let number = Int(text), (0...255).contains(number) else { return nil }
                self = .other(number)
            }
        }
    }

    static func findings(for rule: SecurityGroupRule, index: Int) -> [SecurityGroupFinding] {
        func malformed(_ message: String) -> [SecurityGroupFinding] {
            [
                SecurityGroupFinding(
                    type: .malformed, severity: .high, message: "Rule \(index): \(message)",
                    recommendation: "Fix the rule so EC2 accepts it; it is left out of the analysis.", ruleIndex: index)
            ]
        }
        guard let proto = IPProtocol(rule.ipProtocol) else {
            return malformed(
                "\"\(rule.ipProtocol)\" is not a protocol (use tcp, udp, icmp, icmpv6, -1 or a number 0–255).")
        }
        var internet: [String] = []
        var wide: [String] = []
        var problems: [SecurityGroupFinding] = []
        for (cidr, reach) in rule.ipv4Ranges.map({ ($0, CIDRReach.ipv4($0)) })
            + rule.ipv6Ranges.map({ ($0, CIDRReach.ipv6($0)) })
        {
            switch reach {
            case .internet?: internet.append(cidr)
            case .widePublic?: wide.append(cidr)
            case .limited?: break
            case nil: problems += malformed("\"\(cidr)\" is not a valid CIDR block.")
            }
        }
        var range = 0...65_535
        if proto == .tcp || proto == .udp {
            switch (rule.fromPort, rule.toPort) {
            case (nil, nil), (.some(-1), .some(-1)): break
            case (let from?, let to?) where (0...65_535).contains(from) && (0...65_535).contains(to) && from <= to:
                range = from...to
            case (let from?, let to?):
                return problems + malformed("port range \(from)–\(to) is not within 0–65535 in ascending order.")
            default:
                return problems + malformed("TCP and UDP rules need both FromPort and ToPort.")
            }
        }
        let sources = internet.isEmpty ? wide : internet
        guard !sources.isEmpty else { return problems }
        let steps = internet.isEmpty ? 1 : 0
        let whereFrom =
            internet.isEmpty
            ? "a large public range (\(sources.joined(separator: ", ")))"
            : "the internet (\(sources.joined(separator: ", ")))"
        func finding(
            _ type: SecurityGroupFindingType, _ severity: RiskSeverity, _ message: String, _ recommendation: String,
            ports: [Int] = []
        ) -> SecurityGroupFinding {
            SecurityGroupFinding(
                type: type, severity: severity.lowered(by: steps), message: message, recommendation: recommendation,
                ruleIndex: index, ports: ports, sources: sources)
        }
        switch proto {
        case .all:
            return problems + [
                finding(
                    .allTrafficOpen, .critical,
                    "Rule \(index) allows all traffic, every protocol and port, from \(whereFrom).",
                    "Open only the ports the service needs, to the addresses that need them; use security-group references between tiers."
                )
            ]
        case .icmp, .other:
            return problems
        case .tcp, .udp:
            break
        }
        let name = proto == .tcp ? "TCP" : "UDP"
        if range == 0...65_535 {
            return problems + [
                finding(
                    .allTrafficOpen, proto == .tcp ? .critical : .high,
                    "Rule \(index) opens every \(name) port from \(whereFrom).",
                    "Open only the ports the service needs, to the addresses that need them.")
            ]
        }
        var result = problems
        let table = proto == .tcp ? SensitivePorts.tcp : SensitivePorts.udp
        for category in SensitivePorts.order {
            let hits = table.filter { $0.type == category && range.contains($0.port) }
            guard let worst = hits.map(\.severity).max() else { continue }
            let names = hits.map { "\($0.port) (\($0.service))" }.joined(separator: ", ")
            let ports = hits.map(\.port)
            result.append(
                finding(
                    category, worst, "Rule \(index) opens \(name) \(names) to \(whereFrom).",
                    SensitivePorts.recommendation(category), ports: ports))
        }
        return result
    }
}
