import Testing

@testable import Shared

@Suite("IAM policy analyzer: every escalation path")
struct IAMEscalationPathTests {
    let analyzer = IAMPolicyAnalyzer()

    static let paths = IAMEscalationPath.all

    func policy(_ actions: [String]) -> String {
        let list = actions.map { "\"\($0)\"" }.joined(separator: ",")
        return #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":[\#(list)],"Resource":"*"}]}"#
    }

    @Test("Each path is found when one action of every requirement is allowed", arguments: paths)
    func detected(path: IAMEscalationPath) {
        for choice in 0..<(path.requirements.map(\.count).max() ?? 1) {
            let actions = path.requirements.map { $0[min(choice, $0.count - 1)] }
            let report = analyzer.analyze(policy(actions))
            let finding = report.findings(of: .privilegeEscalation).first { $0.pathId == path.id }
            #expect(finding?.severity == .high, "\(path.id) with \(actions)")
        }
    }

    @Test(
        "Each multi-action path disappears when any requirement is missing",
        arguments: paths.filter { $0.requirements.count > 1 })
    func incomplete(path: IAMEscalationPath) {
        for missing in path.requirements.indices {
            let actions = path.requirements.enumerated().filter { $0.offset != missing }.map { $0.element[0] }
            let report = analyzer.analyze(policy(actions))
            #expect(
                !report.findings(of: .privilegeEscalation).contains { $0.pathId == path.id },
                "\(path.id) without group \(missing)")
        }
    }

    @Test("Each path is found through an upper-case wildcard such as IAM:*")
    func serviceWildcards() {
        for path in Self.paths {
            let actions = path.requirements.map { $0[0].split(separator: ":")[0].uppercased() + ":*" }
            let report = analyzer.analyze(policy(actions))
            #expect(report.findings(of: .privilegeEscalation).contains { $0.pathId == path.id }, "\(path.id)")
        }
    }

    @Test("The path list covers every combination named in the reference")
    func coverage() {
        let ids = Set(Self.paths.map(\.id))
        let expected: Set<String> = [
            "create-access-key", "create-login-profile", "update-login-profile", "add-user-to-group",
            "create-policy-version", "set-default-policy-version", "attach-user-policy", "attach-group-policy",
            "attach-role-policy", "put-user-policy", "put-group-policy", "put-role-policy", "update-assume-role-policy",
            "passrole-ec2", "passrole-lambda-invoke", "passrole-lambda-event-source", "passrole-glue-dev-endpoint",
            "passrole-cloudformation", "passrole-datapipeline", "glue-update-dev-endpoint",
            "lambda-update-function-code",
            "passrole-ec2-spot", "passrole-codebuild", "passrole-ecs", "passrole-sagemaker-notebook",
            "passrole-sagemaker-training", "passrole-sagemaker-processing", "passrole-glue-job",
            "passrole-lambda-permission",
            "passrole-apprunner", "passrole-cloudformation-stackset", "ec2-modify-user-data", "ec2-launch-template",
            "ecs-execute-command", "sagemaker-presigned-notebook-url", "ec2-instance-connect",
        ]
        #expect(ids == expected)
        #expect(Self.paths.first { $0.id == "attach-role-policy" }?.requirements.contains(["sts:assumerole"]) == true)
    }
}
