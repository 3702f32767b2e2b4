import Testing

@testable import LocalGatewayCore

@Suite("Template parsing")
struct TemplateParserTests {
    @Test(
        "short and long intrinsic forms parse to the same value",
        arguments: [
            ("a: !Ref Table", "a: {Ref: Table}"),
            ("a: !GetAtt Pool.Arn", "a: {\"Fn::GetAtt\": [Pool, Arn]}"),
            ("a: !Sub \"${AWS::StackName}-x\"", "a: {\"Fn::Sub\": \"${AWS::StackName}-x\"}"),
            ("a: !If [C, x, y]", "a: {\"Fn::If\": [C, x, y]}"),
            ("a: !Equals [!Ref P, \"\"]", "a: {\"Fn::Equals\": [{Ref: P}, \"\"]}"),
        ])
    func shortAndLongForms(short: String, long: String) throws {
        #expect(try TemplateParser.parse(short) == TemplateParser.parse(long))
    }

    @Test("scalars keep their YAML type")
    func scalars() throws {
        let value = try TemplateParser.parse("n: 15\nf: 1.5\nb: true\ns: \"15\"\no: \"OFF\"\nz: null")
        #expect(value["n"] == .number("15"))
        #expect(value["n"]?.intValue == 15)
        #expect(value["f"]?.doubleValue == 1.5)
        #expect(value["b"] == .bool(true))
        #expect(value["s"] == .string("15"))
        #expect(value["o"] == .string("OFF"))
        #expect(value["z"] == .null)
    }

    @Test("Sub with a variable map and GetAtt in dotted form")
    func subAndGetAtt() throws {
        let value = try TemplateParser.parse("a: !Sub [\"${X}/y\", {X: !Ref T}]\nb: !GetAtt Queue.Arn")
        #expect(value["a"] == .sub("${X}/y", ["X": .ref("T")]))
        #expect(value["b"] == .getAtt(resource: "Queue", attribute: "Arn"))
    }

    @Test(
        "malformed templates and intrinsics are refused",
        arguments: ["a: !Ref [x, y]", "a: !GetAtt NoDot", "a: [unclosed", "", "a: !Sub [1, 2, 3]"])
    func malformed(yaml: String) {
        #expect(throws: TemplateError.self) { try TemplateParser.parse(yaml) }
    }

    @Test("a resource property named Condition stays a property")
    func conditionProperty() throws {
        let value = try TemplateParser.parse("r: {Condition: HasTopic}\nc: {Condition: Other, X: 1}")
        #expect(value["r"]?["Condition"] == .string("HasTopic"))
        #expect(value["c"]?["X"] == .number("1"))
    }
}
