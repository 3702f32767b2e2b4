import Foundation
import Testing

@testable import LocalGatewayCore

@Suite("Response mapping")
struct HTTPAPIResponseMapperTests {
    @Test("a structured response keeps status, headers, cookies and body")
    func structured() throws {
        let output =
            #"{"statusCode":201,"headers":{"Content-Type":"application/json","X-Count":3},"cookies":["a=1","b=2; Path=/"],"body":"{\"id\":\"x\"}"}"#
        let response = try #require(HTTPAPIResponseMapper.response(for: Data(output.utf8)))
        #expect(response.status == 201)
        #expect(response.header("content-type") == "application/json")
        #expect(response.header("x-count") == "3")
        #expect(response.headers.filter { $0.name == "set-cookie" }.map(\.value) == ["a=1", "b=2; Path=/"])
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"id":"x"}"#)
    }

    @Test("a base64 body is decoded")
    func base64() throws {
        let output = #"{"statusCode":200,"isBase64Encoded":true,"body":"AP8B"}"#
        #expect(try #require(HTTPAPIResponseMapper.response(for: Data(output.utf8))).body == Data([0, 255, 1]))
    }

    @Test(
        "any other JSON is a bare body: 200, application/json, the output as is",
        arguments: [#"{"bare":true}"#, #"[1,2]"#, #""hello""#, "42", #"{"status":"ok","body":"x"}"#])
    func bare(output: String) throws {
        let response = try #require(HTTPAPIResponseMapper.response(for: Data(output.utf8)))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "application/json")
        #expect(response.body == Data(output.utf8))
    }

    @Test(
        "malformed output is refused (API Gateway's 502)",
        arguments: [
            "not json", "", #"{"statusCode":"abc"}"#, #"{"statusCode":99}"#, #"{"statusCode":700}"#,
            #"{"statusCode":200,"isBase64Encoded":true,"body":"***"}"#,
        ])
    func malformed(output: String) {
        #expect(HTTPAPIResponseMapper.response(for: Data(output.utf8)) == nil)
    }

    @Test("a statusCode given as a string of digits is accepted, no body is an empty body")
    func lenient() throws {
        let response = try #require(HTTPAPIResponseMapper.response(for: Data(#"{"statusCode":"204"}"#.utf8)))
        #expect(response.status == 204)
        #expect(response.body.isEmpty)
    }
}
