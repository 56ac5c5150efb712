import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

/// The media-relations routes: reads from the read model, and writes the
/// gateway refuses before sending anything (the service is not reachable here).
final class MediaRelationsHTTPTests: XCTestCase {
    static let releaseId = UUID()
    static let eventId = UUID()

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        try feed.apply(
            PressReleaseDrafted(
                pressReleaseId: releaseId,
                content: PressReleaseContent(titleLt: "Spaudos konferencija: Strategija", bodyLt: "Kviečiame", eventId: eventId)))
        try feed.apply(
            ContactCreated(contactId: UUID(), details: ContactDetails(kind: .journalist, name: "Žydrūnė", topics: ["kultūra"], email: "z@lrt.lt")))
        try feed.apply(MessageFeed.mention(url: "https://lrt.lt/1", outlet: "LRT", at: "2026-11-02T10:00", reach: 700, sentiment: .positive))
        try feed.apply(MessageFeed.mention(url: "https://delfi.lt/1", outlet: "Delfi", at: "2026-11-03T10:00", reach: 300))
    }

    func testListsAndItemsHaveTheAgreedShape() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            try await client.execute(uri: "/api/v1/press-releases?eventId=\(Self.eventId.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 1)
                XCTAssertEqual(body["limit"] as? Int, 50)
                XCTAssertEqual(body["offset"] as? Int, 0)
                let item = try XCTUnwrap((body["items"] as? [[String: Any]])?.first)
                XCTAssertEqual(item["id"] as? String, Self.releaseId.uuidString)
                XCTAssertEqual(item["titleLt"] as? String, "Spaudos konferencija: Strategija")
                XCTAssertEqual(item["status"] as? String, "draft")
                XCTAssertEqual(item["eventId"] as? String, Self.eventId.uuidString)
                XCTAssertTrue(item["titleEn"] is NSNull)
                XCTAssertTrue(item["campaignId"] is NSNull)
                XCTAssertTrue(item["distributedAt"] is NSNull)
                XCTAssertEqual(item["bodyLt"] as? String, "Kviečiame")
            }
            try await client.execute(uri: "/api/v1/press-releases/\(Self.releaseId.uuidString)", method: .get) { response in
                XCTAssertEqual(try response.json()["status"] as? String, "draft")
            }
            try await client.execute(uri: "/api/v1/contacts?kind=journalist&topic=Kult%C5%ABra", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                XCTAssertEqual(items.map { $0["name"] as? String }, ["Žydrūnė"])
                XCTAssertEqual(items.first?["topics"] as? [String], ["kultūra"])
            }
            try await client.execute(uri: "/api/v1/mentions?sentiment=positive", method: .get) { response in
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 1)
                let item = try XCTUnwrap((body["items"] as? [[String: Any]])?.first)
                XCTAssertEqual(item["url"] as? String, "https://lrt.lt/1")
                XCTAssertEqual(item["publishedAt"] as? String, "2026-11-02T10:00:00+02:00")
            }
            try await client.execute(uri: "/api/v1/mentions/coverage", method: .get) { response in
                let months = try XCTUnwrap(try response.json()["months"] as? [[String: Any]])
                XCTAssertEqual(months.count, 1)
                XCTAssertEqual(months.first?["month"] as? String, "2026-11")
                XCTAssertEqual(months.first?["count"] as? Int, 2)
                XCTAssertEqual(months.first?["reach"] as? Int, 1000)
                XCTAssertEqual(months.first?["positive"] as? Int, 1)
                XCTAssertEqual(months.first?["neutral"] as? Int, 1)
            }
            try await client.execute(uri: "/api/v1/mentions/outlets", method: .get) { response in
                let outlets = try XCTUnwrap(try response.json()["outlets"] as? [[String: Any]])
                XCTAssertEqual(outlets.map { $0["outlet"] as? String }, ["Delfi", "LRT"])
                XCTAssertEqual(outlets.first?["share"] as? Double, 0.5)
            }
        }
    }

    func testUnknownIdsAre404AndBadQueriesAre400() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            for path in ["/api/v1/contacts/", "/api/v1/press-releases/", "/api/v1/visits/", "/api/v1/contact-lists/"] {
                let uri = path + UUID().uuidString
                try await client.execute(uri: uri, method: .get) { response in
                    try response.problem(.notFound, code: "not-found", instance: uri)
                }
            }
            try await client.execute(uri: "/api/v1/mentions?sentiment=angry", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/mentions")
            }
            try await client.execute(uri: "/api/v1/press-releases?eventId=42", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/press-releases")
            }
            try await client.execute(uri: "/api/v1/contacts?kind=friend", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/contacts")
            }
        }
    }

    func testBadBodiesAre422NamingTheField() async throws {
        try await GatewayHTTP.test { client in
            let cases: [(String, String, HTTPRequest.Method, [String])] = [
                ("/api/v1/contacts", "{}", .post, ["kind", "name"]),
                ("/api/v1/contacts", #"{"kind":"journalist","name":"Ona","email":"ona@"}"#, .post, ["email"]),
                ("/api/v1/contacts/\(UUID().uuidString)", "{}", .patch, [""]),
                ("/api/v1/contact-lists", #"{"name":" "}"#, .post, ["name"]),
                ("/api/v1/contact-lists/\(UUID().uuidString)/members", #"{"contactId":"x"}"#, .post, ["contactId"]),
                ("/api/v1/press-releases", #"{"titleLt":"Antraštė"}"#, .post, ["bodyLt"]),
                ("/api/v1/press-releases/\(UUID().uuidString)/transitions", #"{"to":"distributed"}"#, .post, ["contactListId"]),
                ("/api/v1/press-releases/\(UUID().uuidString)/transitions", #"{"to":"sent"}"#, .post, ["to"]),
                ("/api/v1/visits", #"{"date":"rytoj","journalistId":"x","purpose":"Interviu","host":"Ona"}"#, .post, ["date", "journalistId"]),
                ("/api/v1/visits/\(UUID().uuidString)/transitions", #"{"to":"done"}"#, .post, ["to"]),
                (
                    "/api/v1/mentions", #"{"url":"lrt.lt","outlet":"LRT","publishedAt":"2026-11-01T10:00","title":"T","sentiment":"happy"}"#, .post,
                    ["url", "sentiment"]
                ),
            ]
            for (uri, body, method, fields) in cases {
                try await client.execute(uri: uri, method: method, body: .json(body)) { response in
                    try response.problem(.unprocessableContent, code: "invalid", instance: uri)
                    XCTAssertEqual(try response.errorFields(), fields, uri)
                }
            }
        }
    }

    func testLinkingAMentionNeedsALinkAndAKnownMention() async throws {
        let mentionId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                try MessageFeed(fixture.database, source: .mediaRelations).apply(
                    MessageFeed.mention(mentionId, url: "https://lrt.lt/9", outlet: "LRT", at: "2026-11-02T10:00"))
            },
            { client in
                let uri = "/api/v1/mentions/\(mentionId.uuidString)"
                try await client.execute(uri: uri, method: .get) { response in
                    XCTAssertEqual(try response.json()["url"] as? String, "https://lrt.lt/9")
                    XCTAssertTrue(try response.json()["eventId"] is NSNull)
                }
                try await client.execute(uri: uri, method: .patch, body: .json("{}")) { response in
                    try response.problem(.unprocessableContent, code: "invalid", instance: uri)
                }
                try await client.execute(uri: uri, method: .patch, body: .json(#"{"eventId":"kitas"}"#)) { response in
                    XCTAssertEqual(try response.errorFields(), ["eventId"])
                }
                let unknown = "/api/v1/mentions/\(UUID().uuidString)"
                try await client.execute(uri: unknown, method: .patch, body: .json(#"{"eventId":null}"#)) { response in
                    try response.problem(.notFound, code: "not-found", instance: unknown)
                }
            })
    }

    func testImportNeedsAFileTypeItKnows() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(
                uri: "/api/v1/mentions/import", method: .post, headers: [.contentType: "application/json"], body: .json("{}")
            ) { response in
                let body = try response.problem(.unsupportedMediaType, code: "unsupported-media-type", instance: "/api/v1/mentions/import")
                XCTAssertEqual(body["allowed"] as? [String], ["application/atom+xml", "application/rss+xml", "text/csv"])
            }
            try await client.execute(uri: "/api/v1/mentions/import", method: .post, body: ByteBuffer(string: "url\n")) { response in
                try response.problem(.unsupportedMediaType, code: "unsupported-media-type", instance: "/api/v1/mentions/import")
            }
            try await client.execute(
                uri: "/api/v1/mentions/import", method: .post, headers: [.contentType: "text/csv; charset=utf-8"],
                body: ByteBuffer(bytes: [0xFF, 0xFE, 0x00])
            ) { response in
                XCTAssertEqual(try response.errorFields(), ["file"])
            }
            // A file the gateway accepts goes to the service, unreachable here.
            try await client.execute(
                uri: "/api/v1/mentions/import", method: .post, headers: [.contentType: "text/csv"],
                body: ByteBuffer(string: "url,outlet,published_at,title\nhttps://lrt.lt/1,LRT,2026-11-01,Antraštė\n")
            ) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/mentions/import")
            }
        }
    }
}
