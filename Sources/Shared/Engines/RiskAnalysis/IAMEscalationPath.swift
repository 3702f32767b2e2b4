/// A combination of allowed actions that lets the holder raise their own permissions.
///
/// `requirements` is a conjunction of alternatives: every inner list must have at least one allowed action.
/// The set is the Rhino Security Labs combinations that parliament and cloudsplaining share, plus the
/// additional paths cloudsplaining 0.9.1 checks (reference: risk-analyzers.md).
struct IAMEscalationPath: Sendable, Hashable {
    var id: String
    var summary: String
    var requirements: [[String]]
    /// The path only escalates when aimed at someone else: a grant limited to the caller's own user
    /// (`user/${aws:username}`) is self-service, not escalation.
    var selfServiceIsSafe = false

    private static let passRole = ["iam:passrole"]

    static let all: [IAMEscalationPath] = iamPaths + passRolePaths + otherPaths

    private static let iamPaths: [IAMEscalationPath] = [
        .init(
            id: "create-access-key", summary: "create access keys for another user and act as that user",
            requirements: [["iam:createaccesskey"]], selfServiceIsSafe: true),
        .init(
            id: "create-login-profile", summary: "set a console password for a user that has none and sign in as them",
            requirements: [["iam:createloginprofile"]], selfServiceIsSafe: true),
        .init(
            id: "update-login-profile", summary: "change another user's console password and sign in as them",
            requirements: [["iam:updateloginprofile"]], selfServiceIsSafe: true),
        .init(
            id: "add-user-to-group", summary: "add a user to a more privileged group",
            requirements: [["iam:addusertogroup"]]),
        .init(
            id: "create-policy-version",
            summary: "write a new default version of a managed policy with any permissions",
            requirements: [["iam:createpolicyversion"]]),
        .init(
            id: "set-default-policy-version", summary: "switch a managed policy to an older, more permissive version",
            requirements: [["iam:setdefaultpolicyversion"]]),
        .init(
            id: "attach-user-policy", summary: "attach AdministratorAccess to a user",
            requirements: [["iam:attachuserpolicy"]]),
        .init(
            id: "attach-group-policy", summary: "attach AdministratorAccess to a group",
            requirements: [["iam:attachgrouppolicy"]]),
        .init(
            id: "attach-role-policy", summary: "attach AdministratorAccess to a role and assume it",
            requirements: [["iam:attachrolepolicy"], ["sts:assumerole"]]),
        .init(
            id: "put-user-policy", summary: "write an inline policy granting anything to a user",
            requirements: [["iam:putuserpolicy"]]),
        .init(
            id: "put-group-policy", summary: "write an inline policy granting anything to a group",
            requirements: [["iam:putgrouppolicy"]]),
        .init(
            id: "put-role-policy", summary: "write an inline policy granting anything to a role and assume it",
            requirements: [["iam:putrolepolicy"], ["sts:assumerole"]]),
        .init(
            id: "update-assume-role-policy", summary: "rewrite a role's trust policy to trust yourself and assume it",
            requirements: [["iam:updateassumerolepolicy"], ["sts:assumerole"]]),
    ]

    private static let passRolePaths: [IAMEscalationPath] = [
        .init(
            id: "passrole-ec2", summary: "launch an EC2 instance with a privileged role and use its credentials",
            requirements: [passRole, ["ec2:runinstances"]]),
        .init(
            id: "passrole-ec2-spot", summary: "request Spot Instances with a privileged role",
            requirements: [passRole, ["ec2:requestspotinstances"]]),
        .init(
            id: "passrole-lambda-invoke", summary: "create a Lambda function with a privileged role and invoke it",
            requirements: [passRole, ["lambda:createfunction"], ["lambda:invokefunction"]]),
        .init(
            id: "passrole-lambda-event-source",
            summary: "create a Lambda function with a privileged role and trigger it from an event source",
            requirements: [passRole, ["lambda:createfunction"], ["lambda:createeventsourcemapping"]]),
        .init(
            id: "passrole-lambda-permission",
            summary: "create a Lambda function with a privileged role and let yourself invoke it",
            requirements: [passRole, ["lambda:createfunction"], ["lambda:addpermission"]]),
        .init(
            id: "passrole-glue-dev-endpoint",
            summary: "create a Glue development endpoint with a privileged role and log in to it",
            requirements: [passRole, ["glue:createdevendpoint"]]),
        .init(
            id: "passrole-glue-job", summary: "create or change a Glue job with a privileged role and run it",
            requirements: [
                passRole, ["glue:createjob", "glue:updatejob"], ["glue:startjobrun", "glue:createtrigger"],
            ]),
        .init(
            id: "passrole-cloudformation", summary: "create a CloudFormation stack that runs with a privileged role",
            requirements: [passRole, ["cloudformation:createstack"]]),
        .init(
            id: "passrole-cloudformation-stackset",
            summary: "create a CloudFormation StackSet and instances with a privileged role",
            requirements: [passRole, ["cloudformation:createstackset"], ["cloudformation:createstackinstances"]]),
        .init(
            id: "passrole-datapipeline", summary: "create a Data Pipeline that runs commands with a privileged role",
            requirements: [passRole, ["datapipeline:createpipeline"]]),
        .init(
            id: "passrole-codebuild", summary: "create a CodeBuild project with a privileged role and start a build",
            requirements: [
                passRole, ["codebuild:createproject"], ["codebuild:startbuild", "codebuild:startbuildbatch"],
            ]),
        .init(
            id: "passrole-ecs", summary: "register an ECS task definition with a privileged role and run it",
            requirements: [
                passRole, ["ecs:registertaskdefinition"], ["ecs:runtask", "ecs:starttask", "ecs:createservice"],
            ]),
        .init(
            id: "passrole-sagemaker-notebook", summary: "create a SageMaker notebook instance with a privileged role",
            requirements: [passRole, ["sagemaker:createnotebookinstance"]]),
        .init(
            id: "passrole-sagemaker-training", summary: "run a SageMaker training job with a privileged role",
            requirements: [passRole, ["sagemaker:createtrainingjob"]]),
        .init(
            id: "passrole-sagemaker-processing", summary: "run a SageMaker processing job with a privileged role",
            requirements: [passRole, ["sagemaker:createprocessingjob"]]),
        .init(
            id: "passrole-apprunner", summary: "create an App Runner service with a privileged role",
            requirements: [passRole, ["apprunner:createservice"]]),
    ]

    private static let otherPaths: [IAMEscalationPath] = [
        .init(
            id: "glue-update-dev-endpoint",
            summary: "add your SSH key to an existing Glue development endpoint and use its role",
            requirements: [["glue:updatedevendpoint"]]),
        .init(
            id: "lambda-update-function-code",
            summary: "replace the code of a Lambda function that runs with a privileged role",
            requirements: [["lambda:updatefunctioncode"]]),
        .init(
            id: "ec2-modify-user-data",
            summary: "change an instance's user data and restart it to run code as its role",
            requirements: [["ec2:modifyinstanceattribute"], ["ec2:stopinstances"], ["ec2:startinstances"]]),
        .init(
            id: "ec2-launch-template",
            summary: "make a new default launch template version that runs your code under its role",
            requirements: [["ec2:createlaunchtemplateversion"], ["ec2:modifylaunchtemplate"]]),
        .init(
            id: "ecs-execute-command", summary: "open a shell in a running ECS task and use its role",
            requirements: [["ecs:executecommand"], ["ecs:describetasks"]]),
        .init(
            id: "sagemaker-presigned-notebook-url", summary: "open an existing SageMaker notebook and use its role",
            requirements: [["sagemaker:createpresignednotebookinstanceurl"]]),
        .init(
            id: "ec2-instance-connect", summary: "push an SSH key to an instance and use its role",
            requirements: [["ec2-instance-connect:sendsshpublickey"]]),
    ]
}
