import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MessageSchema
import NIOCore
import XCTest

@testable import Gateway
@testable import GatewayKit

/// Every answer to a request that sent a command names the Idempotency-Key it
/// was sent with: the client's, or the one the gateway made up.
final class CommandKeyTests: XCTestCase {
    func testTheAnswerNamesTheClientsKeyOrTheOneMadeUp() async throws {
        try await GatewayHTTP.test { client in
            var headers = HTTPFields()
            headers[.idempotencyKey] = "knygu-muge-2027"
            try await client.execute(
                uri: "/api/v1/events", method: .post, headers: headers, body: .json(GatewayWriteValidationTests.validEvent)
            ) { response in
                let problem = try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/events")
                XCTAssertEqual(response.headers[.idempotencyKey], "knygu-muge-2027")
                XCTAssertEqual(problem["idempotencyKey"] as? String, "knygu-muge-2027")
                XCTAssertEqual(problem["detail"] as? String, "no connection to events is configured")
            }
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(GatewayWriteValidationTests.validEvent)) {
                response in
                let problem = try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/events")
                let made = try XCTUnwrap(response.headers[.idempotencyKey], "no Idempotency-Key in the answer")
                XCTAssertNotNil(UUID(uuidString: made), made)
                XCTAssertEqual(problem["idempotencyKey"] as? String, made)
            }
            // A refusal before any command is sent names no key.
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json("{")) { response in
                try response.problem(.badRequest, code: "malformed-body", instance: "/api/v1/events")
                XCTAssertNil(response.headers[.idempotencyKey])
            }
        }
    }

    func testASecondCommandOfOneRequestIsSentUnderAKeyOfItsOwn() throws {
        var fields = HTTPFields()
        fields[.idempotencyKey] = " plakatas-1 "
        let request = Request(
            head: HTTPRequest(method: .post, scheme: "http", authority: "127.0.0.1", path: "/", headerFields: fields),
            body: RequestBody(buffer: ByteBuffer()))
        let key = CommandKey()
        XCTAssertNil(key.used)
        XCTAssertEqual(try key.next(for: request), "plakatas-1")
        XCTAssertEqual(try key.next(for: request), "plakatas-1#2")
        XCTAssertEqual(key.used, "plakatas-1")
    }

    func testAKeyReusedForAnotherRequestIs422NamingTheKey() {
        let message =
            "Idempotency-Key 'k-1' was first used for another request (surveys.submit-response, another body or another caller); send this request with a new key"
        let problem = Problem.refused(
            CommandFailure(
                .invalid, message,
                details: ["reason": "idempotency-key-reused", "idempotencyKey": "k-1", "firstUsedFor": "surveys.submit-response"]))
        XCTAssertEqual(problem.status, .unprocessableContent)
        XCTAssertEqual(problem.type, "https://komunika.lnb.lt/problems/idempotency-key-reused")
        XCTAssertEqual(problem.detail, message)
        XCTAssertEqual(
            problem.extensions, ["idempotencyKey": .string("k-1"), "firstUsedFor": .string("surveys.submit-response")])
    }

    func testAnUnknownOutcomeIs504SayingToRetryWithTheKey() {
        let problem = Problem.outcomeUnknown("the events service did not answer within 16 seconds", idempotencyKey: "k-2")
        XCTAssertEqual(problem.status, .gatewayTimeout)
        XCTAssertEqual(problem.type, "https://komunika.lnb.lt/problems/outcome-unknown")
        XCTAssertEqual(
            problem.detail,
            "the outcome is unknown: the events service did not answer within 16 seconds; retry with Idempotency-Key: k-2, which applies it at most once"
        )
        XCTAssertEqual(problem.extensions["idempotencyKey"], .string("k-2"))
        XCTAssertEqual(problem.headers[.idempotencyKey], "k-2")
    }
}
