import Testing

@testable import Shared

@Suite("IAM policy analyzer: semantics")
struct IAMPolicyAnalyzerTests {
    let analyzer = IAMPolicyAnalyzer()

    func report(_ fixture: String) throws -> IAMPolicyReport {
        analyzer.analyze(try EvaluatorFixtures.text("policies/\(fixture).json"))
    }

    func types(_ report: IAMPolicyReport) -> Set<PolicyFindingType> {
        Set(report.findings.map(\.type))
    }

    @Test("Action * on Resource * is critical admin access that subsumes the other findings")
    func adminStar() throws {
        let report = try report("admin-star")
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.type == .adminAccess)
        #expect(report.findings.first?.severity == .critical)
        #expect(report.findings.first?.sid == "Everything")
        #expect(report.score == 50)
    }

    @Test("Allow NotAction that leaves IAM allowed is admin access")
    func notActionAdmin() throws {
        let report = try report("admin-notaction")
        #expect(report.findings(of: .adminAccess).first?.severity == .critical)
        #expect(report.findings(of: .adminAccess).first?.message.contains("NotAction") == true)
    }

    @Test("Allow NotAction that excludes IAM is a broad grant, not admin, with escalation through Lambda code")
    func powerUser() throws {
        let report = try report("poweruser-notaction")
        #expect(report.findings(of: .adminAccess).isEmpty)
        #expect(report.findings(of: .wildcardAction).first?.severity == .high)
        #expect(report.findings(of: .wildcardResource).isEmpty == false)
        #expect(report.findings(of: .dataExfiltration).first?.actions.contains("s3:getobject") == true)
        let paths = Set(report.findings(of: .privilegeEscalation).compactMap(\.pathId))
        #expect(paths.contains("lambda-update-function-code"))
        #expect(paths.contains("ec2-instance-connect"))
        #expect(!paths.contains { $0.hasPrefix("passrole") }, "iam:* is excluded, so PassRole is not allowed")
        #expect(report.findings(of: .passRoleUnbounded).isEmpty)
    }

    @Test("Action names match case-insensitively")
    func mixedCase() throws {
        let report = try report("mixed-case-actions")
        let paths = report.findings(of: .privilegeEscalation).compactMap(\.pathId)
        #expect(paths.contains("create-policy-version"))
        #expect(report.findings(of: .passRoleUnbounded).count == 1)
        #expect(report.findings(of: .permissionsManagement).first?.actions.contains("iam:createpolicyversion") == true)
    }

    @Test("A wildcard in the service prefix (*:Get*) is expanded")
    func wildcardServicePrefix() throws {
        let report = try report("wildcard-service-get")
        let exfiltration = try #require(report.findings(of: .dataExfiltration).first)
        #expect(
            Set(exfiltration.actions) == [
                "s3:getobject", "ssm:getparameter", "ssm:getparameters", "ssm:getparametersbypath",
                "secretsmanager:getsecretvalue",
            ])
        #expect(report.findings(of: .wildcardAction).first?.severity == .medium)
        #expect(report.findings(of: .credentialsExposure).first?.actions.contains("sts:getsessiontoken") == true)
    }

    @Test("Reads scoped to one bucket, in odd case, raise nothing")
    func scopedRead() throws {
        let report = try report("scoped-read")
        #expect(report.findings.isEmpty)
        #expect(report.score == 100)
    }

    @Test("A single Statement object and a string Action are accepted")
    func singleStatementObject() throws {
        let report = try report("single-statement-object")
        #expect(report.evaluated)
        #expect(report.statementCount == 1)
        #expect(report.findings(of: .passRoleUnbounded).first?.severity == .high)
        #expect(report.findings(of: .malformed).isEmpty)
    }

    @Test("PassRole on one named role is bounded; on role/* it is unbounded")
    func passRoleScoping() throws {
        let named = try report("passrole-named-role")
        #expect(named.findings(of: .passRoleUnbounded).isEmpty)
        let namedPath = try #require(named.findings(of: .privilegeEscalation).first { $0.pathId == "passrole-ec2" })
        #expect(namedPath.severity == .medium)
        #expect(namedPath.relatedStatements == [0, 1])

        let all = try report("passrole-all-roles")
        #expect(all.findings(of: .passRoleUnbounded).first?.severity == .high)
        #expect(all.findings(of: .privilegeEscalation).first { $0.pathId == "passrole-ec2" }?.severity == .high)
    }

    @Test("iam:PassedToService lowers PassRole by one level and the advice changes")
    func passedToService() throws {
        let finding = try #require(try report("passrole-passed-to-service").findings(of: .passRoleUnbounded).first)
        #expect(finding.severity == .medium)
        #expect(finding.message.contains("iam:passedtoservice"))
        #expect(finding.recommendation.contains("name the roles") || finding.recommendation.contains("Also name"))
    }

    @Test("An unconditional Deny removes what it matches")
    func unconditionalDeny() throws {
        let paths = Set(try report("deny-unconditional").findings(of: .privilegeEscalation).compactMap(\.pathId))
        #expect(paths == ["attach-user-policy"])
        #expect(try report("deny-unconditional").findings(of: .credentialsExposure).isEmpty)
    }

    @Test("A conditional Deny is not a guarantee, and the finding says so")
    func conditionalDeny() throws {
        let report = try report("deny-conditional")
        let keys = try #require(report.findings(of: .privilegeEscalation).first { $0.pathId == "create-access-key" })
        #expect(keys.severity == .high)
        #expect(keys.message.contains("statement 1 has a condition"))
    }

    @Test("Deny * on * leaves nothing to report; Deny iam:* turns admin into a broad grant")
    func denyOverridesAdmin() throws {
        #expect(try report("deny-everything").findings.isEmpty)
        let partial = try report("deny-iam-from-admin")
        #expect(partial.findings(of: .adminAccess).isEmpty)
        #expect(partial.findings(of: .wildcardAction).first?.severity == .high)
        #expect(partial.findings(of: .dataExfiltration).isEmpty == false)
        #expect(partial.findings(of: .privilegeEscalation).allSatisfy { !$0.actions.contains { $0.hasPrefix("iam:") } })
    }

    @Test("A conditional Deny of IAM leaves admin access critical, and says why")
    func conditionalDenyOnAdmin() throws {
        let admin = try #require(try report("admin-conditional-deny").findings(of: .adminAccess).first)
        #expect(admin.severity == .critical)
        #expect(admin.message.contains("statement 1 has a condition"))
    }

    @Test("Allow with NotResource is an unbounded grant")
    func notResource() throws {
        let report = try report("notresource-allow")
        #expect(report.findings(of: .wildcardResource).first?.severity == .high)
        #expect(report.findings(of: .dataExfiltration).first?.actions == ["s3:getobject"])
    }

    @Test("Restricting conditions lower severity; spoofable, negated, IfExists and wildcard ones do not")
    func conditions() throws {
        let restricted = try #require(try report("admin-with-mfa").findings(of: .adminAccess).first)
        #expect(restricted.severity == .high)
        #expect(restricted.message.contains("aws:multifactorauthpresent"))
        let weak = try #require(try report("admin-with-weak-conditions").findings(of: .adminAccess).first)
        #expect(weak.severity == .critical)
    }

    @Test("Managing one's own access keys is self-service, not escalation")
    func selfService() throws {
        let report = try report("self-service-keys")
        #expect(report.findings(of: .privilegeEscalation).isEmpty)
        #expect(report.findings(of: .credentialsExposure).isEmpty)
    }

    @Test("Escalation combines actions allowed by different statements")
    func acrossStatements() throws {
        let finding = try #require(
            try report("escalation-across-statements").findings(of: .privilegeEscalation).first {
                $0.pathId == "passrole-lambda-invoke"
            })
        #expect(finding.relatedStatements == [0, 1, 2])
        #expect(finding.severity == .high)
        #expect(finding.sid == "Pass")
    }

    @Test("A least-privilege policy scores 100")
    func leastPrivilege() throws {
        let report = try report("least-privilege")
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        #expect(report.score == 100)
    }

    @Test("Findings are ordered most severe first and the score falls with them")
    func ordering() throws {
        for name in try EvaluatorFixtures.names(in: "policies") {
            let report = analyzer.analyze(try EvaluatorFixtures.text("policies/\(name)"))
            let severities = report.findings.map(\.severity)
            #expect(severities == severities.sorted(by: >), "\(name)")
            if report.evaluated {
                #expect(report.score == RiskSeverity.score(severities), "\(name)")
            }
            for finding in report.findings where finding.type != .malformed {
                #expect(finding.statementIndex.map { $0 < report.statementCount } ?? false, "\(name)")
                #expect(!finding.recommendation.isEmpty)
            }
        }
    }

    @Test("Every explanation exists at every level and differs between levels", arguments: PolicyFindingType.allCases)
    func explanations(type: PolicyFindingType) {
        let texts = Difficulty.allCases.map { IAMPolicyAnalyzer.explanation(for: type, level: $0) }
        #expect(texts.allSatisfy { $0.count > 40 })
        #expect(Set(texts).count == 3)
    }
}
