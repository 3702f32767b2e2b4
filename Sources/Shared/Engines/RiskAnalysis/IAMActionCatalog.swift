/// The sensitive actions the analyzer knows by name, lower-case.
///
/// The analyzer has no full IAM action database; it does not need one. Every risk it reports is about an
/// action listed here or in `IAMEscalationPath.all`, so wildcards (`*:Get*`, `iam:*`) and `NotAction` are
/// evaluated by asking which of these actions a statement allows.
enum IAMActionCatalog {
    /// Reading stored data and secrets (the anchors' data-exfiltration set).
    static let dataExfiltration = [
        "s3:getobject", "ssm:getparameter", "ssm:getparameters", "ssm:getparametersbypath",
        "secretsmanager:getsecretvalue",
    ]

    /// API calls that return credentials, keys or tokens.
    static let credentialsExposure = [
        "chime:createapikey", "codepipeline:pollforjobs", "cognito-identity:getopenidtoken",
        "cognito-identity:getopenidtokenfordeveloperidentity", "cognito-identity:getcredentialsforidentity",
        "connect:getfederationtoken", "connect:getfederationtokens", "ecr:getauthorizationtoken",
        "gamelift:getinstanceaccess", "gamelift:requestuploadcredentials", "iam:createaccesskey",
        "iam:createloginprofile", "iam:createservicespecificcredential", "iam:resetservicespecificcredential",
        "iam:updateaccesskey", "lightsail:getinstanceaccessdetails",
        "lightsail:getrelationaldatabasemasteruserpassword", "rds-db:connect", "redshift:getclustercredentials",
        "sso:getrolecredentials", "mediapackage:rotatechannelcredentials",
        "mediapackage:rotateingestendpointcredentials", "sts:assumerole", "sts:assumerolewithsaml",
        "sts:assumerolewithwebidentity", "sts:getfederationtoken", "sts:getsessiontoken",
    ]

    /// Actions that change who may do what: identity policies, groups, boundaries and resource policies.
    static let permissionsManagement = [
        "iam:addusertogroup", "iam:attachgrouppolicy", "iam:attachrolepolicy", "iam:attachuserpolicy",
        "iam:createpolicy", "iam:createpolicyversion", "iam:createrole", "iam:createuser",
        "iam:deletegrouppolicy", "iam:deletepolicy", "iam:deletepolicyversion", "iam:deleterolepermissionsboundary",
        "iam:deleterolepolicy", "iam:deleteuserpermissionsboundary", "iam:deleteuserpolicy",
        "iam:detachgrouppolicy", "iam:detachrolepolicy", "iam:detachuserpolicy", "iam:putgrouppolicy",
        "iam:putrolepermissionsboundary", "iam:putrolepolicy", "iam:putuserpermissionsboundary",
        "iam:putuserpolicy", "iam:removeuserfromgroup", "iam:setdefaultpolicyversion",
        "iam:updateassumerolepolicy", "s3:putbucketpolicy", "s3:deletebucketpolicy", "s3:putbucketacl",
        "s3:putobjectacl", "s3:putbucketpublicaccessblock", "s3:putaccountpublicaccessblock", "kms:putkeypolicy",
        "kms:creategrant", "lambda:addpermission", "lambda:removepermission", "sns:addpermission",
        "sns:settopicattributes", "sqs:addpermission", "sqs:setqueueattributes", "secretsmanager:putresourcepolicy",
        "ecr:setrepositorypolicy", "glacier:setvaultaccesspolicy", "organizations:attachpolicy",
        "ram:createresourceshare",
    ]

    /// Holding all of these on every resource means holding everything: the principal can attach any policy
    /// to itself. A wildcard grant that keeps them is administrator access.
    static let administratorSentinels = [
        "iam:attachuserpolicy", "iam:attachrolepolicy", "iam:putuserpolicy", "iam:putrolepolicy",
        "iam:createpolicyversion", "iam:passrole",
    ]

    /// Every action the analyzer reasons about, without duplicates, in a stable order.
    static let all: [String] = {
        var seen: Set<String> = []
        var ordered: [String] = []
        let lists =
            [dataExfiltration, credentialsExposure, permissionsManagement, administratorSentinels]
            + IAMEscalationPath.all.flatMap(\.requirements)
        for action in lists.joined() where seen.insert(action).inserted {
            ordered.append(action)
        }
        return ordered
    }()
}
