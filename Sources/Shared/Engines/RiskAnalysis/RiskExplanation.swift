/// Explanations of each finding type at three levels, written for learners; no model is needed.
///
/// Beginner: what it means in everyday words. Intermediate: how IAM or EC2 evaluates it and the usual fix.
/// Advanced: the edge cases an exam or a real review probes.
enum RiskExplanation {
    static func text(for type: PolicyFindingType, level: Difficulty) -> String {
        pick(level, policyTexts(type))
    }

    static func text(for type: SecurityGroupFindingType, level: Difficulty) -> String {
        pick(level, securityGroupTexts(type))
    }

    private static func pick(_ level: Difficulty, _ texts: (String, String, String)) -> String {
        switch level {
        case .beginner: texts.0
        case .intermediate: texts.1
        case .advanced: texts.2
        }
    }

    private static func policyTexts(_ type: PolicyFindingType) -> (String, String, String) {
        switch type {
        case .adminAccess:
            (
                "The policy lets its holder do anything in the account. If those credentials leak, the attacker owns everything.",
                "\"Action\": \"*\" with \"Resource\": \"*\" is the AdministratorAccess policy. Give each workload only the actions it calls, and keep admin roles few, MFA-protected and monitored.",
                "Admin can hide behind NotAction: Allow NotAction [\"s3:DeleteBucket\"] on \"*\" still grants iam:*, and with iam:* a principal can grant itself anything. Only an explicit Deny, an SCP or a permissions boundary caps it."
            )
        case .wildcardAction:
            (
                "A star in the action list allows whole families of actions at once, including ones you never meant to allow.",
                "Wildcards match case-insensitively: s3:Get* also allows s3:GetObject on every object the resources allow, and \"*:Get*\" matches Get actions of every service. List the exact actions instead.",
                "NotAction with Allow grants every action not listed, including actions AWS launches next year. Wildcards also match future actions, so least privilege drifts over time; pin actions and review them with Access Analyzer's policy generation."
            )
        case .wildcardResource:
            (
                "\"*\" as the resource means \"every bucket, table or role in the account\", not just yours.",
                "Scope resources by ARN, for example arn:aws:s3:::reports-bucket/*. List and Describe calls often need \"*\" because they do not support resource-level permissions; write actions almost never do.",
                "arn:aws:iam::123456789012:role/* is as broad as \"*\" for roles. NotResource with Allow covers every resource except the listed ones, including resources created later. Resource ARNs are case sensitive, unlike action names."
            )
        case .privilegeEscalation:
            (
                "Some permissions let a user give themselves more permissions, so the policy is really more powerful than it looks.",
                "Examples: iam:AttachUserPolicy (attach AdministratorAccess to yourself), iam:CreatePolicyVersion (rewrite a policy you already have) or iam:PassRole with ec2:RunInstances (start a server with an admin role). Remove these or restrict them to named resources.",
                "Escalation is judged on the effective action set: Allow iam:* with an unconditional Deny of iam:Attach* still leaves Put*Policy and CreatePolicyVersion. A conditional Deny is no guarantee. Permissions boundaries and SCPs cap what an escalated principal can reach."
            )
        case .passRoleUnbounded:
            (
                "PassRole lets you give a role to an AWS service. If you may pass any role, you may pass the most powerful one.",
                "Restrict iam:PassRole to the role ARNs the workload needs and add the iam:PassedToService condition, for example ec2.amazonaws.com.",
                "PassRole is only checked when a service is handed the role (RunInstances, CreateFunction…); combined with any launch action it is an escalation path. role/* is unbounded; a path such as role/app/* bounds it to roles you create under that path."
            )
        case .dataExfiltration:
            (
                "The policy can read data or secrets from everywhere in the account, so one leaked key could copy all of it.",
                "Scope s3:GetObject, ssm:GetParameter(s) and secretsmanager:GetSecretValue to the buckets, parameter paths and secrets the workload owns.",
                "Combine scoping with conditions (aws:SourceVpce, aws:ResourceOrgID) and bucket policies that require your VPC endpoint. KMS-encrypted data also needs kms:Decrypt, which is a second place to scope."
            )
        case .credentialsExposure:
            (
                "Some actions hand out passwords, keys or tokens. Allowing them everywhere lets the holder obtain other identities' credentials.",
                "Allow iam:CreateAccessKey only on the user's own ARN (arn:aws:iam::<account>:user/${aws:username}), and sts:AssumeRole only on the roles the workload needs.",
                "The list includes sts:AssumeRole, ecr:GetAuthorizationToken, redshift:GetClusterCredentials and rds-db:connect. Some, such as ecr:GetAuthorizationToken, only support \"*\"; then rely on the other side (repository policy, role trust policy) to limit use."
            )
        case .permissionsManagement:
            (
                "The policy can change who is allowed to do what, which is how attackers open doors for themselves.",
                "Actions such as iam:PutRolePolicy, s3:PutBucketPolicy, kms:PutKeyPolicy and lambda:AddPermission rewrite access. Keep them with administrators or a deployment pipeline.",
                "Resource policies can grant cross-account or public access without touching IAM. Require a permissions boundary on principals this role creates (iam:PermissionsBoundary condition) and watch these calls in CloudTrail."
            )
        case .malformed:
            (
                "The policy has a mistake that stops AWS from accepting or reading it the way you intended.",
                "Check the grammar: Version \"2012-10-17\", Effect exactly \"Allow\" or \"Deny\" (case sensitive), Action and Resource as a string or a list of strings, and no Principal in an identity policy.",
                "Grammar errors are not harmless: a policy you believe is attached may be rejected, and a misspelt Deny condition silently changes what is denied. Validate with Access Analyzer's ValidatePolicy in the pipeline."
            )
        }
    }

    private static func securityGroupTexts(_ type: SecurityGroupFindingType) -> (String, String, String) {
        switch type {
        case .allTrafficOpen:
            (
                "Every port is open to the whole internet: anything running on the instance can be reached by anyone.",
                "Protocol -1 means all protocols and ports; 0–65535 is every port of one protocol. Allow only the service ports, from the addresses or security groups that need them.",
                "Security groups are stateful, so replies are allowed anyway; inbound rules only need the listening ports. Use security-group references between tiers and NACLs only as a coarse second layer."
            )
        case .openSSH:
            (
                "Anyone on the internet can try to log in to the server over SSH.",
                "Allow port 22 only from a known range, or close it and use Systems Manager Session Manager, which needs no inbound port.",
                "A range such as 0–1024 or 20–30 also opens 22. EC2 Instance Connect can push short-lived keys; with Session Manager there is no inbound rule to audit at all."
            )
        case .openRDP:
            (
                "Anyone on the internet can try to log in to the Windows desktop over RDP.",
                "Close 3389 to the internet; use Session Manager port forwarding or Fleet Manager, or a VPN.",
                "RDP also runs over UDP 3389. Brute force and RDP vulnerabilities (BlueKeep) make an open 3389 one of the most attacked ports."
            )
        case .openDatabasePort:
            (
                "The database can be reached from the internet, so only its password stands between attackers and the data.",
                "Place databases in private subnets and allow their port only from the application's security group.",
                "Ranges hide database ports: 1024–65535 opens MySQL, PostgreSQL, Redis, MongoDB and more. RDS PubliclyAccessible and a public subnet route are separate controls; all three should say private."
            )
        case .sensitivePortOpen:
            (
                "A service that attackers look for is reachable from the internet.",
                "FTP, Telnet, SMB and RPC send credentials or files in ways that should not face the internet; close them or limit them to known addresses.",
                "UDP services such as Memcached, NTP, DNS and SSDP can be abused for reflection attacks that flood third parties with your instance's traffic."
            )
        case .malformed:
            (
                "A rule has a mistake, so it cannot be checked (and EC2 would reject it).",
                "Use tcp, udp, icmp or -1 as the protocol, FromPort ≤ ToPort within 0–65535, and CIDR blocks such as 203.0.113.0/24.",
                "For ICMP, FromPort and ToPort are the type and code, not ports; -1 means all. Host bits set in a CIDR are rejected by EC2."
            )
        }
    }
}
