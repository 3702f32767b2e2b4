/// AWS service and feature names with the ways learners write them.
///
/// Each entry maps aliases to a canonical marker sequence. The first marker is the service family, so a
/// rubric term "s3" also matches an answer that says "S3 Standard-IA" (markers `#s3 #standardia`), while
/// "S3 Standard-IA" never matches "S3 One Zone-IA". Features that exist in several services (Multi-AZ,
/// lifecycle rules, read replicas, Auto Scaling) are families of their own, so naming one does not imply a
/// particular service. The longest alias wins at each position, so "one zone ia"
/// is read before "ia" and "glacier deep archive" before "glacier".
enum AWSServiceAliases {
    static let table: [(canonical: String, aliases: [String])] =
        storage + databases + networking + compute
        + integration + security + management

    private static let storage: [(canonical: String, aliases: [String])] = [
        (
            "#s3 #standardia",
            [
                "s3 standard-ia", "s3 standard ia", "standard-ia", "standard ia", "s3 ia", "s3-ia",
                "s3 infrequent access", "standard infrequent access", "infrequent access", "ia",
            ]
        ),
        (
            "#s3 #onezoneia",
            [
                "s3 one zone-ia", "one zone-ia", "one zone ia", "onezone ia", "s3 one zone",
                "one zone infrequent access", "s3 one zone infrequent access", "z-ia", "s3 z-ia",
            ]
        ),
        ("#s3 #intelligenttiering", ["s3 intelligent-tiering", "intelligent-tiering", "intelligent tiering"]),
        ("#s3 #glacierinstant", ["s3 glacier instant retrieval", "glacier instant retrieval", "glacier ir"]),
        (
            "#s3 #glacierflexible",
            ["s3 glacier flexible retrieval", "glacier flexible retrieval", "s3 glacier", "amazon glacier", "glacier"]
        ),
        ("#s3 #glacierdeeparchive", ["s3 glacier deep archive", "glacier deep archive", "deep archive"]),
        ("#s3 #standard", ["s3 standard"]),
        ("#s3 #lifecycle", ["s3 lifecycle", "s3 lifecycle policy", "s3 lifecycle rule"]),
        ("#lifecycle", ["lifecycle policy", "lifecycle rule", "lifecycle configuration"]),
        ("#s3 #transferacceleration", ["s3 transfer acceleration", "transfer acceleration"]),
        ("#s3", ["s3", "amazon s3", "simple storage service", "amazon simple storage service"]),
        ("#ebs", ["ebs", "elastic block store", "amazon ebs"]),
        ("#efs", ["efs", "elastic file system", "amazon efs"]),
        ("#fsx", ["fsx", "amazon fsx"]),
        ("#storagegateway", ["storage gateway"]),
        ("#snowball", ["snowball", "snowball edge", "snow family"]),
        ("#datasync", ["datasync", "data sync"]),
        ("#backup", ["aws backup"]),
    ]

    private static let databases: [(canonical: String, aliases: [String])] = [
        ("#dynamodb #dax", ["dax", "dynamodb accelerator"]),
        ("#dynamodb #globaltable", ["dynamodb global tables", "global tables", "global table"]),
        ("#dynamodb", ["dynamodb", "dynamo db", "dynamo", "ddb", "amazon dynamodb"]),
        ("#rds #multiaz", ["rds multi-az", "rds multi az"]),
        ("#multiaz", ["multi-az", "multi az", "multiaz"]),
        ("#rds #readreplica", ["rds read replica"]),
        ("#readreplica", ["read replica"]),
        ("#rds #proxy", ["rds proxy"]),
        ("#rds", ["rds", "relational database service", "amazon rds"]),
        ("#aurora #serverless", ["aurora serverless"]),
        ("#aurora #globaldatabase", ["aurora global database"]),
        ("#aurora", ["aurora", "amazon aurora"]),
        ("#elasticache", ["elasticache", "elastic cache", "amazon elasticache"]),
        ("#redshift", ["redshift", "amazon redshift"]),
        ("#athena", ["athena", "amazon athena"]),
    ]

    private static let networking: [(canonical: String, aliases: [String])] = [
        ("#cloudfront", ["cloudfront", "cloud front", "amazon cloudfront"]),
        ("#elb #alb", ["alb", "application load balancer"]),
        ("#elb #nlb", ["nlb", "network load balancer"]),
        ("#elb #gwlb", ["gwlb", "gateway load balancer"]),
        ("#elb", ["elb", "elastic load balancer", "elastic load balancing", "load balancer"]),
        ("#natgateway", ["nat gateway", "nat gw", "natgw", "managed nat"]),
        ("#natinstance", ["nat instance"]),
        ("#vpcendpoint #gatewayendpoint", ["gateway endpoint", "vpc gateway endpoint", "s3 gateway endpoint"]),
        (
            "#vpcendpoint #interfaceendpoint",
            ["interface endpoint", "vpc interface endpoint", "privatelink", "private link"]
        ),
        ("#vpcendpoint", ["vpc endpoint"]),
        ("#internetgateway", ["internet gateway", "igw"]),
        ("#transitgateway", ["transit gateway", "tgw"]),
        ("#vpcpeering", ["vpc peering", "peering connection"]),
        ("#securitygroup", ["security group", "sg"]),
        ("#nacl", ["network acl", "nacl"]),
        ("#vpc", ["vpc", "virtual private cloud", "amazon vpc"]),
        ("#directconnect", ["direct connect", "dx"]),
        ("#vpn", ["site-to-site vpn", "vpn", "client vpn"]),
        ("#route53", ["route 53", "route53", "r53", "amazon route 53"]),
        ("#globalaccelerator", ["global accelerator"]),
        ("#apigateway", ["api gateway", "apigateway", "apigw", "amazon api gateway"]),
    ]

    private static let compute: [(canonical: String, aliases: [String])] = [
        (
            "#autoscaling",
            ["ec2 auto scaling", "auto scaling group", "autoscaling group", "asg", "auto scaling", "autoscaling"]
        ),
        ("#spot", ["spot instance", "spot instances", "ec2 spot"]),
        ("#reserved", ["reserved instance", "reserved instances", "ri"]),
        ("#savingsplan", ["savings plan", "savings plans", "compute savings plan"]),
        ("#ec2", ["ec2", "elastic compute cloud", "amazon ec2"]),
        ("#lambda", ["lambda", "aws lambda", "lambda function"]),
        ("#fargate", ["fargate", "aws fargate"]),
        ("#ecs", ["ecs", "elastic container service", "amazon ecs"]),
        ("#eks", ["eks", "elastic kubernetes service", "amazon eks"]),
        ("#ecr", ["ecr", "elastic container registry"]),
        ("#elasticbeanstalk", ["elastic beanstalk", "beanstalk"]),
        ("#batch", ["aws batch"]),
    ]

    private static let integration: [(canonical: String, aliases: [String])] = [
        ("#sqs #fifo", ["sqs fifo", "fifo queue"]),
        ("#sqs", ["sqs", "simple queue service", "amazon sqs"]),
        ("#sns", ["sns", "simple notification service", "amazon sns"]),
        ("#eventbridge", ["eventbridge", "event bridge", "cloudwatch events", "amazon eventbridge"]),
        ("#stepfunctions", ["step functions", "step function", "sfn", "aws step functions"]),
        ("#kinesis #datastreams", ["kinesis data streams", "kinesis streams", "kinesis stream"]),
        ("#kinesis #firehose", ["kinesis data firehose", "data firehose", "amazon data firehose", "firehose"]),
        ("#kinesis", ["kinesis", "amazon kinesis"]),
        ("#mq", ["amazon mq"]),
    ]

    private static let security: [(canonical: String, aliases: [String])] = [
        ("#kms #ssekms", ["sse-kms", "sse kms"]),
        ("#sses3", ["sse-s3", "sse s3"]),
        ("#kms", ["kms", "key management service", "aws kms"]),
        ("#secretsmanager", ["secrets manager", "secretsmanager", "aws secrets manager"]),
        ("#ssm #parameterstore", ["ssm parameter store", "systems manager parameter store", "parameter store"]),
        ("#ssm #sessionmanager", ["session manager", "ssm session manager"]),
        ("#ssm", ["systems manager", "ssm", "aws systems manager"]),
        ("#iam #role", ["iam role", "iam roles"]),
        ("#iam", ["iam", "identity and access management"]),
        ("#cognito", ["cognito", "amazon cognito"]),
        ("#guardduty", ["guardduty", "guard duty", "amazon guardduty"]),
        ("#waf", ["waf", "web application firewall", "aws waf"]),
        ("#shield", ["aws shield", "shield advanced", "shield standard"]),
        ("#acm", ["acm", "certificate manager"]),
        ("#macie", ["macie", "amazon macie"]),
        ("#inspector", ["amazon inspector"]),
        ("#securityhub", ["security hub"]),
    ]

    private static let management: [(canonical: String, aliases: [String])] = [
        ("#cloudwatch #alarm", ["cloudwatch alarm", "cloudwatch alarms"]),
        ("#cloudwatch", ["cloudwatch", "cloud watch", "amazon cloudwatch"]),
        ("#cloudtrail", ["cloudtrail", "cloud trail", "aws cloudtrail"]),
        ("#config", ["aws config", "config rules", "config rule"]),
        ("#cloudformation", ["cloudformation", "cloud formation", "cfn"]),
        ("#organizations #scp", ["service control policy", "service control policies", "scp"]),
        ("#organizations", ["aws organizations"]),
        ("#trustedadvisor", ["trusted advisor"]),
        ("#costexplorer", ["cost explorer"]),
        ("#budgets", ["aws budgets"]),
    ]
}
