import Foundation
import Runtime
import Testing

@testable import Shared

@Suite("AWS error parsing")
struct AWSErrorParserTests {
    @Test func dynamoDBJSONError() {
        let body =
            #"{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed","Item":{"pk":{"S":"a"}}}"#
        let error = AWSErrorParser.parse(
            HTTPResponse(status: 400, headers: ["x-amzn-RequestId": "REQ1"], body: Data(body.utf8)))
        #expect(error.code == .conditionalCheckFailed)
        #expect(error.status == 400)
        #expect(error.message == "The conditional request failed")
        #expect(error.requestId == "REQ1")
        #expect(error.item == ["pk": .s("a")])
        #expect(
            "\(error)"
                == "AWSError(ConditionalCheckFailedException, status 400, request REQ1): The conditional request failed"
        )
    }

    @Test func transactionCancellationReasons() {
        let body =
            #"{"__type":"com.amazonaws.dynamodb.v20120810#TransactionCanceledException","Message":"Transaction cancelled","CancellationReasons":[{"Code":"ConditionalCheckFailed","Message":"The conditional request failed"},{"Code":"None"}]}"#
        let error = AWSErrorParser.parse(HTTPResponse(status: 400, body: Data(body.utf8)))
        #expect(error.code == .transactionCanceled)
        #expect(error.cancellationReasons.map(\.code) == ["ConditionalCheckFailed", "None"])
        #expect(error.message == "Transaction cancelled")
        #expect("\(error)".contains("[reasons: ConditionalCheckFailed, None]"))
    }

    @Test func queryProtocolXMLAndMotoAuthErrors() {
        let moto = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match &amp; so on</Message><Type>Sender</Type></Error></Errors><RequestId>7a62c49f</RequestId></ErrorResponse>
            """
        let error = AWSErrorParser.parse(HTTPResponse(status: 403, body: Data(moto.utf8)))
        #expect(error.code == .signatureDoesNotMatch)
        #expect(error.message == "The request signature we calculated does not match & so on")
        #expect(error.requestId == "7a62c49f")
    }

    @Test func headerFallbackAndUnknownBodies() {
        let error = AWSErrorParser.parse(
            HTTPResponse(status: 400, headers: ["X-Amzn-ErrorType": "ValidationException:http://internal.amazon.com/"]))
        #expect(error.code == .validation)
        let opaque = AWSErrorParser.parse(HTTPResponse(status: 502, body: Data("Bad Gateway".utf8)))
        #expect(opaque.code.rawValue == "HTTP502")
        #expect(opaque.message == "Bad Gateway")
    }

    @Test(arguments: [
        ("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException", "ResourceNotFoundException"),
        ("ValidationException:http://internal.amazon.com/coral/", "ValidationException"),
        ("aws.protocoltests#ThrottlingException", "ThrottlingException"), ("Throttling", "Throttling"),
    ])
    func shortCodes(raw: String, code: String) {
        #expect(AWSErrorParser.shortCode(raw) == code)
    }

    @Test func xmlParsing() throws {
        let xml = """
            <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
              <PublishResult><MessageId>94f20ce6-13c5</MessageId></PublishResult>
              <ResponseMetadata><RequestId>f187a3c1</RequestId></ResponseMetadata>
              <Empty/><Data><![CDATA[a<b]]></Data><Num>&#65;&#x42;</Num>
            </PublishResponse>
            """
        let root = try #require(AWSXMLElement.parse(Array(xml.utf8)))
        #expect(root.name == "PublishResponse")
        #expect(root["PublishResult"]?["MessageId"]?.text == "94f20ce6-13c5")
        #expect(root.find("RequestId")?.text == "f187a3c1")
        #expect(root["Empty"]?.text == "")
        #expect(root["Data"]?.text == "a<b")
        #expect(root["Num"]?.text == "AB")
        #expect(AWSXMLElement.parse(Array("<a><b></a>".utf8)) == nil)
    }
}

@Suite("AWS retry policy, quota and CRC32")
struct AWSRetryPolicyTests {
    @Test(arguments: AWSRetryPolicy.throttlingCodes.sorted())
    func throttlingCodesRetryAsThrottling(code: String) {
        #expect(AWSRetryPolicy.standard.classify(AWSError(code: .init(code), status: 400, message: "")) == .throttling)
    }

    @Test(arguments: [500, 502, 503, 504])
    func serverErrorsAreTransient(status: Int) {
        #expect(
            AWSRetryPolicy.standard.classify(AWSError(code: "InternalFailure", status: status, message: ""))
                == .transient)
    }

    @Test(arguments: [
        "ValidationException", "ConditionalCheckFailedException", "SignatureDoesNotMatch", "AccessDeniedException",
        "TransactionCanceledException",
    ])
    func clientErrorsAreNotRetried(code: String) {
        #expect(AWSRetryPolicy.standard.classify(AWSError(code: .init(code), status: 400, message: "")) == nil)
    }

    @Test func clientSideFailuresAreRetried() {
        let policy = AWSRetryPolicy.standard
        #expect(policy.classify(AWSError(code: .connectionFailed, status: 0, message: "")) == .transient)
        #expect(policy.classify(AWSError(code: .timedOut, status: 0, message: "")) == .timeout)
        #expect(policy.classify(AWSError(code: .crc32Mismatch, status: 200, message: "")) == .transient)
        #expect(policy.classify(AWSError(code: "Whatever", status: 429, message: "")) == .throttling)
    }

    @Test func fullJitterBackoffGrowsAndIsCapped() {
        let policy = AWSRetryPolicy.dynamoDB
        #expect(policy.delay(retry: 1, kind: .transient, random: 0.999_999) < .milliseconds(25))
        #expect(policy.delay(retry: 3, kind: .transient, random: 0.5) == .milliseconds(50))
        #expect(policy.delay(retry: 2, kind: .throttling, random: 0.5) == .seconds(1))
        #expect(policy.delay(retry: 30, kind: .throttling, random: 1) == .seconds(20))
        #expect(policy.delay(retry: 1, kind: .transient, random: 0) == .zero)
        #expect(policy.delay(retry: 1, kind: .transient, random: 0.3, retryAfter: .seconds(2)) == .seconds(2))
        #expect(policy.delay(retry: 1, kind: .transient, random: 0.3, retryAfter: .seconds(90)) == .seconds(20))
        for retry in 1...64 {
            for kind in [AWSRetryPolicy.Kind.throttling, .transient, .timeout] {
                #expect(policy.delay(retry: retry, kind: kind, random: Double(retry % 10) / 10) <= policy.maxBackoff)
            }
        }
    }

    @Test func quotaDrainsAndRefills() {
        let quota = AWSRetryQuota(capacity: 12, retryCost: 5, timeoutCost: 10)
        #expect(quota.acquire(for: .throttling) == 5)
        #expect(quota.acquire(for: .timeout) == nil, "7 tokens cannot pay a timeout retry")
        #expect(quota.acquire(for: .transient) == 5)
        #expect(quota.acquire(for: .transient) == nil)
        #expect(quota.available == 2)
        quota.release(100)
        #expect(quota.available == 12, "never above capacity")
    }

    @Test(arguments: [("{}", UInt32(2_745_614_147)), ("123456789", 0xCBF4_3926), ("", 0), ("a", 0xE8B7_BE43)])
    func crc32MatchesZlib(text: String, crc: UInt32) {
        #expect(CRC32.checksum(Array(text.utf8)) == crc)
    }

    @Test func crc32MismatchIsDetected() {
        let body = Data("{}".utf8)
        #expect(
            AWSClient.crc32Mismatch(HTTPResponse(status: 200, headers: ["x-amz-crc32": "2745614147"], body: body))
                == nil)
        #expect(AWSClient.crc32Mismatch(HTTPResponse(status: 200, body: body)) == nil)
        #expect(
            AWSClient.crc32Mismatch(HTTPResponse(status: 200, headers: ["x-amz-crc32": "1"], body: body))?.code
                == .crc32Mismatch)
    }

    @Test func retryAfterHeaders() {
        #expect(AWSClient.retryAfter(["x-amz-retry-after": "1500"]) == .milliseconds(1500))
        #expect(AWSClient.retryAfter(["Retry-After": "3"]) == .seconds(3))
        #expect(AWSClient.retryAfter([:]) == nil)
    }
}
