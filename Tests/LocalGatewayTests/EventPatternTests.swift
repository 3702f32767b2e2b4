import Foundation
import Shared
import Testing

@testable import LocalGatewayCore

@Suite("EventBridge pattern matching")
struct EventPatternTests {
    static func json(_ text: String) -> JSONLooseValue {
        (try? JSONDecoder().decode(JSONLooseValue.self, from: Data(text.utf8))) ?? .null
    }

    static let event = json(
        """
        {"source":"cloudmentor.progress","detail-type":"LessonMastered","account":"123456789012",
         "detail":{"eventId":"e1","score":87,"tier":"premium","tags":["iam","s3"],"nested":{"level":"hard"},
                   "empty":null,"flag":true}}
        """)

    @Test(
        "patterns that match",
        arguments: [
            #"{"source":["cloudmentor.progress"]}"#,
            #"{"source":[{"prefix":"cloudmentor."}],"detail-type":["LessonMastered","BadgeAwarded"]}"#,
            #"{"detail":{"tier":[{"anything-but":"free"}]}}"#,
            #"{"detail":{"tier":[{"anything-but":["free","enterprise"]}]}}"#,
            #"{"detail":{"tier":[{"anything-but":{"prefix":"ent"}}]}}"#,
            #"{"detail":{"eventId":[{"exists":true}],"missing":[{"exists":false}]}}"#,
            #"{"detail":{"tags":["s3"]}}"#,
            #"{"detail":{"nested":{"level":["hard"]}}}"#,
            #"{"detail":{"score":[{"numeric":[">",80,"<=",90]}]}}"#,
            #"{"detail":{"score":[87]}}"#,
            #"{"detail":{"tier":[{"equals-ignore-case":"PREMIUM"}]}}"#,
            #"{"detail":{"tier":[{"suffix":"ium"}]}}"#,
            #"{"detail":{"empty":[null]}}"#,
            #"{"detail":{"flag":[true]}}"#,
            #"{"detail":{"nested":[{"exists":false}]}}"#,
        ])
    func matching(pattern: String) throws {
        #expect(try EventPattern(Self.json(pattern)).matches(Self.event))
    }

    @Test(
        "patterns that do not match",
        arguments: [
            #"{"source":["cloudmentor.assessment"]}"#,
            #"{"source":[{"prefix":"aws."}]}"#,
            #"{"detail-type":["lessonmastered"]}"#,
            #"{"detail":{"tier":[{"anything-but":"premium"}]}}"#,
            #"{"detail":{"tier":[{"anything-but":{"prefix":"pre"}}]}}"#,
            #"{"detail":{"missing":[{"exists":true}]}}"#,
            #"{"detail":{"eventId":[{"exists":false}]}}"#,
            #"{"detail":{"missing":[{"anything-but":"x"}]}}"#,
            #"{"detail":{"tags":["ec2"]}}"#,
            #"{"detail":{"nested":{"level":["easy"]}}}"#,
            #"{"detail":{"score":[{"numeric":[">=",90]}]}}"#,
            #"{"detail":{"score":["87"]}}"#,
            #"{"detail":{"tier":{"x":["y"]}}}"#,
            #"{"detail":{"flag":["true"]}}"#,
        ])
    func notMatching(pattern: String) throws {
        #expect(try !EventPattern(Self.json(pattern)).matches(Self.event))
    }

    @Test(
        "patterns LocalGateway cannot read are refused",
        arguments: [
            #"["source"]"#, #"{"source":"cloudmentor.x"}"#, #"{"source":[{"wildcard":"a*"}]}"#,
            #"{"source":[{"prefix":"a","suffix":"b"}]}"#, #"{"n":[{"numeric":[">"]}]}"#,
            #"{"n":[{"numeric":["~",1]}]}"#, #"{"n":[{"anything-but":{"suffix":"x"}}]}"#,
        ])
    func refused(pattern: String) {
        #expect(throws: TemplateError.self) { try EventPattern(Self.json(pattern)) }
    }

    @Test("a pattern on detail fields fails when detail is not an object")
    func detailNotObject() throws {
        let pattern = try EventPattern(Self.json(#"{"detail":{"a":["b"]}}"#))
        #expect(!pattern.matches(Self.json(#"{"detail":"a"}"#)))
        #expect(!pattern.matches(Self.json(#"["not","an","object"]"#)))
    }
}
