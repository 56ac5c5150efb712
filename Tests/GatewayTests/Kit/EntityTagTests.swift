import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import GatewayKit

/// `ETag` and `If-None-Match` on the JSON API's GETs (`EntityTags`).
final class EntityTagTests: XCTestCase {
    func testAListAnswersATagAMatchIs304AndAChangeMakesANewTag() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            let feed = MessageFeed(database, source: .mediaRelations)
            try feed.apply(ContactCreated(contactId: UUID(), details: ContactDetails(kind: .journalist, name: "Rūta Žemaitytė")))
            let first = try await client.execute(uri: "/api/v1/contacts", method: .get)
            XCTAssertEqual(first.status, .ok)
            let tag = try XCTUnwrap(first.headers[.eTag])
            XCTAssertTrue(tag.range(of: #"^"[0-9a-f]{32}"$"#, options: .regularExpression) != nil, tag)
            XCTAssertEqual(try first.json()["total"] as? Int, 1)

            let again = try await client.execute(uri: "/api/v1/contacts", method: .get, headers: [.ifNoneMatch: tag])
            XCTAssertEqual(again.status, .notModified)
            XCTAssertEqual(again.headers[.eTag], tag)
            XCTAssertEqual(again.body.readableBytes, 0)
            let listed = try await client.execute(
                uri: "/api/v1/contacts", method: .get, headers: [.ifNoneMatch: "\"0000\", W/\(tag)"])
            XCTAssertEqual(listed.status, .notModified)
            let head = try await client.execute(uri: "/api/v1/contacts", method: .head, headers: [.ifNoneMatch: tag])
            XCTAssertEqual(head.status, .notModified)
            XCTAssertEqual(head.headers[.eTag], tag)

            try feed.apply(ContactCreated(contactId: UUID(), details: ContactDetails(kind: .mediaOutlet, name: "LRT")))
            let changed = try await client.execute(uri: "/api/v1/contacts", method: .get, headers: [.ifNoneMatch: tag])
            XCTAssertEqual(changed.status, .ok)
            XCTAssertEqual(try changed.json()["total"] as? Int, 2)
            let newTag = try XCTUnwrap(changed.headers[.eTag])
            XCTAssertNotEqual(newTag, tag)
        }
    }

    func testAnItemOfTheOpenAPIAndAHeadAnswerTheSameTag() async throws {
        let id = UUID()
        try await GatewayHTTP.withDatabase { client, database in
            let feed = MessageFeed(database, source: .surveys)
            try feed.survey(id: id, details: SurveyDetails(titleLt: "Lankytojų apklausa", purpose: .publicOpinion, anonymous: true))
            let item = try await client.execute(uri: "/api/v1/surveys/\(id.uuidString)", method: .get)
            XCTAssertEqual(item.status, .ok)
            let tag = try XCTUnwrap(item.headers[.eTag])
            let head = try await client.execute(uri: "/api/v1/surveys/\(id.uuidString)", method: .head)
            XCTAssertEqual(head.status, .ok)
            XCTAssertEqual(head.headers[.eTag], tag)
            let other = try await client.execute(uri: "/api/v1/surveys/\(id.uuidString)", method: .get, headers: [.ifNoneMatch: "\"x\""])
            XCTAssertEqual(other.status, .ok)
            XCTAssertEqual(other.headers[.eTag], tag)
        }
    }

    func testNoTagOnAProblemOrAWrite() async throws {
        try await GatewayHTTP.test { client in
            let missing = try await client.execute(uri: "/api/v1/contacts/\(UUID().uuidString)", method: .get)
            XCTAssertEqual(missing.status, .notFound)
            XCTAssertNil(missing.headers[.eTag])
            let write = try await client.execute(
                uri: "/api/v1/do-not-contact", method: .post, headers: [.contentType: "application/json"], body: .json("{}"))
            XCTAssertEqual(write.status, .unprocessableContent)
            XCTAssertNil(write.headers[.eTag])
        }
    }
}
