import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

/// Writes the gateway refuses before sending anything, and what it answers
/// when the events service cannot be reached.
final class GatewayWriteValidationTests: XCTestCase {
    static let validEvent = """
        {"type":"book-presentation","title":{"lt":"Knygos pristatymas"},"startsAt":"2026-12-01T18:00:00+02:00",
         "endsAt":"2026-12-01T20:00","venue":{"kind":"library-hall","hall":"Salė 1"},"organisingUnit":"KS","capacity":40}
        """

    func testBodyThatIsNotJSONIs400() async throws {
        try await GatewayHTTP.test { client in
            for body in ["not json", "{\"type\":", ""] {
                try await client.execute(uri: "/api/v1/events", method: .post, body: .json(body)) { response in
                    try response.problem(.badRequest, code: "malformed-body", instance: "/api/v1/events")
                }
            }
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json("[1,2]")) { response in
                try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/events")
            }
        }
    }

    func testBodyTooLargeIs413() async throws {
        let huge = "{\"title\":{\"lt\":\"" + String(repeating: "ž", count: 1_500_000) + "\"}}"
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(huge)) { response in
                _ = try response.problem(.contentTooLarge, code: "content-too-large", instance: "/api/v1/events")
            }
        }
    }

    func testMissingAndWrongFieldsAre422NamingThem() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json("{}")) { response in
                try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/events")
                XCTAssertEqual(
                    Set(try response.errorFields()), ["type", "title.lt", "startsAt", "endsAt", "venue", "organisingUnit"])
            }
            let unknownType = Self.validEvent.replacingOccurrences(of: "book-presentation", with: "party")
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(unknownType)) { response in
                let body = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/events")
                let error = try XCTUnwrap((body["errors"] as? [[String: Any]])?.first)
                XCTAssertEqual(error["field"] as? String, "type")
                XCTAssertEqual(error["allowed"] as? [String], EventType.allCases.map(\.rawValue))
            }
            let backwards = Self.validEvent.replacingOccurrences(of: "2026-12-01T20:00", with: "2026-12-01T17:00")
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(backwards)) { response in
                XCTAssertEqual(try response.errorFields(), ["endsAt"])
            }
            let wordCapacity = Self.validEvent.replacingOccurrences(of: "\"capacity\":40", with: "\"capacity\":\"forty\"")
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(wordCapacity)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertEqual(try response.errorFields(), ["capacity"])
            }
            let hugeCapacity = Self.validEvent.replacingOccurrences(of: "\"capacity\":40", with: "\"capacity\":9223372036854775807")
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(hugeCapacity)) { response in
                XCTAssertEqual(try response.errorFields(), ["capacity"])
            }
            let noHall = Self.validEvent.replacingOccurrences(of: ",\"hall\":\"Salė 1\"", with: "")
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(noHall)) { response in
                XCTAssertEqual(try response.errorFields(), ["venue.hall"])
            }
            let id = UUID().uuidString
            try await client.execute(uri: "/api/v1/events/\(id)/transitions", method: .post, body: .json("{\"to\":\"done\"}")) { response in
                let body = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/events/\(id)/transitions")
                let error = try XCTUnwrap((body["errors"] as? [[String: Any]])?.first)
                XCTAssertEqual(error["allowed"] as? [String], EventStatus.allCases.map(\.rawValue))
            }
            try await client.execute(uri: "/api/v1/events/\(id)", method: .patch, body: .json("{}")) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
            }
            try await client.execute(uri: "/api/v1/events/\(id)/registrations", method: .post, body: .json("{\"name\":\"Ona\",\"email\":\"ona\"}")) {
                response in
                XCTAssertEqual(try response.errorFields(), ["email"])
            }
            try await client.execute(uri: "/api/v1/events/\(id)/attendance", method: .post, body: .json("{\"registrationId\":\"x\"}")) { response in
                XCTAssertEqual(Set(try response.errorFields()), ["registrationId", "attended"])
            }
            try await client.execute(
                uri: "/api/v1/plans/2026", method: .post,
                body: .json("{\"title\":\"Mugė\",\"type\":\"exhibition\",\"quarter\":5,\"organisingUnit\":\"KS\"}")
            ) { response in
                XCTAssertEqual(try response.errorFields(), ["quarter"])
            }
        }
    }

    func testAPlainStringTitleIsTheLithuanianTextAndNoAnswerNamesASwiftType() async throws {
        let title = #""title":{"lt":"Knygos pristatymas"}"#
        let venue = #""venue":{"kind":"library-hall","hall":"Salė 1"}"#
        try await GatewayHTTP.test { client in
            let plainTitle = Self.validEvent.replacingOccurrences(of: title, with: #""title":"Paroda „Žalčių karalienė“""#)
            XCTAssertNotEqual(plainTitle, Self.validEvent)
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(plainTitle)) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/events")
            }
            let wrong = [
                (title, #""title":5"#, "title", "'title' must be a text, or an object with 'lt' and 'en'"),
                (title, #""title":["Paroda"]"#, "title", "'title' must be a text, or an object with 'lt' and 'en'"),
                (venue, #""venue":"Salė 1""#, "venue", "'venue' must be an object"),
            ]
            for (member, replacement, field, detail) in wrong {
                let body = Self.validEvent.replacingOccurrences(of: member, with: replacement)
                XCTAssertNotEqual(body, Self.validEvent)
                try await client.execute(uri: "/api/v1/events", method: .post, body: .json(body)) { response in
                    let problem = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/events")
                    let error = try XCTUnwrap((problem["errors"] as? [[String: Any]])?.first, response.text)
                    XCTAssertEqual(error["field"] as? String, field)
                    XCTAssertEqual(error["detail"] as? String, detail)
                    XCTAssertFalse(response.text.contains("Dictionary"), response.text)
                }
            }
        }
    }

    func testMalformedIdsInPathsAre404() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/events/123/transitions", method: .post, body: .json("{\"to\":\"approved\"}")) { response in
                try response.problem(.notFound, code: "not-found", instance: "/api/v1/events/123/transitions")
            }
            let event = UUID().uuidString
            try await client.execute(uri: "/api/v1/events/\(event)/registrations/abc", method: .delete) { response in
                try response.problem(.notFound, code: "not-found", instance: "/api/v1/events/\(event)/registrations/abc")
            }
        }
    }

    func testValidWriteWithoutTheEventsServiceIs503() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/events", method: .post, body: .json(Self.validEvent)) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/events")
                XCTAssertNotNil(response.headers[.retryAfter])
            }
            var headers = HTTPFields()
            headers[.idempotencyKey] = String(repeating: "k", count: 300)
            try await client.execute(uri: "/api/v1/events", method: .post, headers: headers, body: .json(Self.validEvent)) { response in
                try response.problem(.badRequest, code: "bad-header", instance: "/api/v1/events")
            }
        }
    }
}
