import Testing

@testable import LocalGatewayCore

@Suite("Intrinsic resolution")
struct IntrinsicResolverTests {
    let resolver = IntrinsicResolver(
        parameters: ["Origin": "http://localhost:3000", "Topic": ""],
        conditions: ["NoTopic": .function("Fn::Equals", .list([.ref("Topic"), .string("")]))],
        resources: LocalResources(
            refs: ["Table": "stack-Table", "Pool": "us-east-1_abc"],
            attributes: ["Pool": ["Arn": "arn:aws:cognito-idp:us-east-1:123:userpool/us-east-1_abc"]]),
        region: "eu-west-1", accountId: "123456789012", stackName: "stack")

    @Test(
        "strings resolve as CloudFormation would",
        arguments: [
            (TemplateValue.ref("Table"), "stack-Table"),
            (.ref("Origin"), "http://localhost:3000"),
            (.ref("AWS::Region"), "eu-west-1"),
            (.getAtt(resource: "Pool", attribute: "Arn"), "arn:aws:cognito-idp:us-east-1:123:userpool/us-east-1_abc"),
            (
                .sub("https://cognito-idp.${AWS::Region}.amazonaws.com/${Pool}", [:]),
                "https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_abc"
            ),
            (.sub("${Pool.Arn}/x", [:]), "arn:aws:cognito-idp:us-east-1:123:userpool/us-east-1_abc/x"),
            (.sub("${!Literal}-${Name}", ["Name": .ref("AWS::AccountId")]), "${Literal}-123456789012"),
            (.function("Fn::If", .list([.string("NoTopic"), .string("created"), .ref("Topic")])), "created"),
            (.function("Fn::Join", .list([.string(","), .list([.string("a"), .ref("Table")])])), "a,stack-Table"),
            (.function("Fn::Select", .list([.number("1"), .list([.string("a"), .string("b")])])), "b"),
        ])
    func resolves(value: TemplateValue, expected: String) throws {
        #expect(try resolver.string(value) == expected)
    }

    @Test("AWS::NoValue drops the property")
    func noValue() throws {
        let value = TemplateValue.map([
            "Kept": .string("x"),
            "Dropped": .function("Fn::If", .list([.string("NoTopic"), .ref("AWS::NoValue"), .string("y")])),
        ])
        #expect(try resolver.resolve(value) == .map(["Kept": .string("x")]))
    }

    @Test(
        "references to unknown things fail with the name",
        arguments: [
            TemplateValue.ref("Missing"), .getAtt(resource: "Table", attribute: "StreamArn"), .sub("${Nope}", [:]),
            .function("Fn::If", .list([.string("Unknown"), .string("a"), .string("b")])),
            .function("Fn::ImportValue", .string("x")),
        ])
    func unknown(value: TemplateValue) {
        #expect(throws: TemplateError.self) { try resolver.resolve(value) }
    }

    @Test("conditions evaluate with Not, And and Or")
    func conditions() throws {
        var resolver = resolver
        resolver.conditions["HasTopic"] = .function("Fn::Not", .list([.function("Condition", .string("NoTopic"))]))
        resolver.conditions["Both"] = .function(
            "Fn::And", .list([.function("Condition", .string("NoTopic")), .bool(true)]))
        resolver.conditions["Either"] = .function(
            "Fn::Or", .list([.function("Condition", .string("HasTopic")), .bool(false)]))
        #expect(try resolver.condition("NoTopic"))
        #expect(try !resolver.condition("HasTopic"))
        #expect(try resolver.condition("Both"))
        #expect(try !resolver.condition("Either"))
    }
}
