import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

/// A mention's corrected sentiment and reach, and a member taken off a
/// contact list: the read model, the API routes and the pages. The service
/// is not reachable here, so a write the gateway accepts answers 503.
final class MentionCorrectionAndMemberRemovalTests: XCTestCase {
    static let mention = UUID(uuidString: "3E0B0000-0000-4000-8000-000000000001")!
    static let list = UUID(uuidString: "3E0B0000-0000-4000-8000-000000000002")!
    static let ruta = UUID(uuidString: "3E0B0000-0000-4000-8000-000000000003")!
    static let jonas = UUID(uuidString: "3E0B0000-0000-4000-8000-000000000004")!

    static func seed(_ fixture: ReadModelFixture) throws { _ = try seededFeed(fixture) }

    /// The seeded read model's feed, which goes on counting its `seq`.
    static func seededFeed(_ fixture: ReadModelFixture) throws -> MessageFeed {
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        try feed.apply(ContactCreated(contactId: ruta, details: ContactDetails(kind: .journalist, name: "Rūta Žemaitytė")))
        try feed.apply(ContactCreated(contactId: jonas, details: ContactDetails(kind: .journalist, name: "Jonas Jonaitis")))
        try feed.apply(ContactListCreated(listId: list, name: "Kultūros žurnalistai"))
        try feed.apply(ContactAddedToList(listId: list, contactId: ruta))
        try feed.apply(ContactAddedToList(listId: list, contactId: jonas))
        try feed.apply(
            MessageFeed.mention(
                mention, url: "https://www.lrt.lt/naujienos/7", outlet: "LRT", at: "2027-02-24T10:00:00Z", reach: 12_000,
                sentiment: .positive, title: "Bibliotekoje – retų knygų paroda"))
        return feed
    }

    // MARK: The read model

    func testACorrectionChangesTheMentionsRowAndItsFigures() throws {
        let fixture = try ReadModelFixture()
        let feed = try Self.seededFeed(fixture)
        try feed.apply(
            MentionCorrected(
                mentionId: Self.mention, sentiment: .negative, reach: 1_200, previousSentiment: .positive, previousReach: 12_000),
            actor: Actor(accountId: UUID(), name: "Rūta Redaktorė"))
        let record = try XCTUnwrap(try feed.read { try MediaRelationsQueries.mention(id: Self.mention, in: $0) })
        XCTAssertEqual(record.mention.sentiment, .negative)
        XCTAssertEqual(record.mention.reach, 1_200)
        XCTAssertEqual(record.mention.title, "Bibliotekoje – retų knygų paroda")
        let coverage = try feed.read { try MediaRelationsQueries.coverage(MentionFilter(), in: $0) }
        XCTAssertEqual(coverage, [CoverageMonth(month: "2027-02", count: 1, reach: 1_200, positive: 0, neutral: 0, negative: 1)])
        let negative = try feed.read { try MediaRelationsQueries.mentions(MentionFilter(sentiments: [.negative]), page: Page(), in: $0) }
        XCTAssertEqual(negative.items.map(\.id), [Self.mention])

        XCTAssertThrowsError(
            try feed.apply(
                MentionCorrected(mentionId: UUID(), sentiment: .neutral, reach: 1, previousSentiment: .neutral, previousReach: 0)))
    }

    func testARemovedMemberLeavesTheListAndTheContactsLists() throws {
        let fixture = try ReadModelFixture()
        let feed = try Self.seededFeed(fixture)
        try feed.apply(ContactRemovedFromList(listId: Self.list, contactId: Self.ruta))
        let list = try feed.read { try MediaRelationsQueries.contactList(id: Self.list, in: $0) }
        XCTAssertEqual(list?.contactIds, [Self.jonas])
        let contact = try feed.read { try MediaRelationsQueries.contact(id: Self.ruta, in: $0) }
        XCTAssertEqual(contact?.listIds, [])
        // Added back, the contact is a member again.
        try feed.apply(ContactAddedToList(listId: Self.list, contactId: Self.ruta))
        let again = try feed.read { try MediaRelationsQueries.contactList(id: Self.list, in: $0) }
        XCTAssertEqual(Set(again?.contactIds ?? []), [Self.jonas, Self.ruta])
        XCTAssertThrowsError(try feed.apply(ContactRemovedFromList(listId: UUID(), contactId: Self.ruta)))
    }

    // MARK: The API

    func testPatchingAMentionsSentimentOrReachChecksTheBodyBeforeSending() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let uri = "/api/v1/mentions/\(Self.mention.uuidString)"
            let cases: [(String, [String])] = [
                (#"{"sentiment":"happy"}"#, ["sentiment"]),
                (#"{"reach":-5}"#, ["reach"]),
                (#"{"reach":"daug"}"#, ["reach"]),
                (#"{"sentiment":"negative","eventId":null}"#, [""]),
                ("{}", [""]),
            ]
            for (body, fields) in cases {
                try await client.execute(uri: uri, method: .patch, body: .json(body)) { response in
                    try response.problem(.unprocessableContent, code: "invalid", instance: uri)
                    XCTAssertEqual(try response.errorFields(), fields, body)
                }
            }
            let unknown = "/api/v1/mentions/\(UUID().uuidString)"
            try await client.execute(uri: unknown, method: .patch, body: .json(#"{"reach":10}"#)) { response in
                try response.problem(.notFound, code: "not-found", instance: unknown)
            }
            // A good correction goes to the service, unreachable here.
            try await client.execute(uri: uri, method: .patch, body: .json(#"{"sentiment":"negative","reach":1200}"#)) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: uri)
            }
        }
    }

    func testDeletingAListMemberNeedsIdsAndGoesToTheService() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let badContact = "/api/v1/contact-lists/\(Self.list.uuidString)/members/x"
            try await client.execute(uri: badContact, method: .delete) { response in
                try response.problem(.notFound, code: "not-found", instance: badContact)
            }
            let badList = "/api/v1/contact-lists/sarasas/members/\(Self.ruta.uuidString)"
            try await client.execute(uri: badList, method: .delete) { response in
                try response.problem(.notFound, code: "not-found", instance: badList)
            }
            let uri = "/api/v1/contact-lists/\(Self.list.uuidString)/members/\(Self.ruta.uuidString)"
            try await client.execute(uri: uri, method: .delete) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: uri)
            }
        }
    }

    // MARK: The pages

    func testAnEditorCorrectsAMentionWithFieldErrorsInBothLanguages() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(client, database: database, name: "Rūta Redaktorė", email: "ruta@example.lt", role: "editor")
            let path = "/ziniasklaida/paminejimai/\(Self.mention.uuidString)"
            let page = try await editor.get(client, path)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains(#"<form method="post" action="\#(path)/taisymas""#), page.text)
            XCTAssertTrue(page.text.contains("<h2>Pataisyti toną ir auditoriją</h2>"), page.text)
            XCTAssertTrue(page.text.contains(#"value="12000""#), "the reach field starts at the mention's reach")
            XCTAssertFalse(page.text.contains("tokios komandos neturi"), "the note that it cannot be done is gone")

            let bad = try await editor.post(client, "\(path)/taisymas", [("sentiment", "negative"), ("reach", "-3")])
            XCTAssertEqual(bad.status, .unprocessableContent)
            XCTAssertTrue(
                bad.text.contains(#"<p class="field-error" id="reach-klaida">Įveskite sveikąjį neneigiamą skaičių.</p>"#), bad.text)
            XCTAssertTrue(bad.text.contains(#"value="-3""#), "the form keeps what was typed")
            let noSentiment = try await editor.post(client, "\(path)/taisymas", [("sentiment", "piktas"), ("reach", "10")])
            XCTAssertEqual(noSentiment.status, .unprocessableContent)
            XCTAssertTrue(noSentiment.text.contains(#"<p class="field-error" id="sentiment-klaida">Pasirinkite toną.</p>"#), noSentiment.text)

            _ = try await editor.get(client, "/kalba?lang=en&back=\(path)")
            let english = try await editor.post(client, "\(path)/taisymas", [("sentiment", "negative"), ("reach", "daug")])
            XCTAssertEqual(english.status, .unprocessableContent)
            XCTAssertTrue(
                english.text.contains(#"<p class="field-error" id="reach-klaida">Enter a whole number, zero or more.</p>"#), english.text)
            XCTAssertTrue(english.text.contains("<h2>Correct the sentiment and reach</h2>"), english.text)

            let good = try await editor.post(client, "\(path)/taisymas", [("sentiment", "negative"), ("reach", "1200")])
            XCTAssertEqual(good.status, .serviceUnavailable)
            XCTAssertTrue(
                good.text.contains(
                    #"<p class="error-message" role="alert" id="paslaugos-klaida">"# + "no connection to media-relations is configured</p>"),
                good.text)
        }
    }

    func testAnEditorHasARemoveButtonPerMemberAndAViewerNone() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            let path = "/ziniasklaida/sarasai/\(Self.list.uuidString)"
            var editor = try await PageSession.signedIn(client, database: database, name: "Rūta Redaktorė", email: "ruta@example.lt", role: "editor")
            let page = try await editor.get(client, path)
            XCTAssertEqual(page.status, .ok)
            for member in [Self.ruta, Self.jonas] {
                XCTAssertTrue(page.text.contains(#"<form method="post" action="\#(path)/nariai/\#(member.uuidString)/isbraukti">"#), page.text)
            }
            XCTAssertTrue(
                page.text.contains(#"data-confirm="Išbraukti šį kontaktą iš sąrašo?" aria-label="Išbraukti: Rūta Žemaitytė">Išbraukti</button>"#),
                page.text)
            XCTAssertFalse(page.text.contains("Išbraukti narių iš sąrašo"), "the note that it cannot be done is gone")
            let remove = try await editor.post(client, "\(path)/nariai/\(Self.ruta.uuidString)/isbraukti", [])
            XCTAssertEqual(remove.status, .serviceUnavailable)
            XCTAssertTrue(remove.text.contains("no connection to media-relations is configured"), remove.text)
            XCTAssertTrue(remove.text.contains("<h1>Kultūros žurnalistai</h1>"), "the list's page again")

            var viewer = try await PageSession.signedIn(client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
            for viewed in [path, "/ziniasklaida/paminejimai/\(Self.mention.uuidString)"] {
                let seen = try await viewer.get(client, viewed)
                XCTAssertEqual(seen.status, .ok)
                XCTAssertFalse(seen.text.contains("isbraukti"), seen.text)
                XCTAssertFalse(seen.text.contains("taisymas"), seen.text)
                XCTAssertFalse(seen.text.contains(#"<form method="post" action="/ziniasklaida"#), viewed)
            }
            let forged = try await viewer.post(client, "\(path)/nariai/\(Self.ruta.uuidString)/isbraukti", [])
            XCTAssertEqual(forged.status, .forbidden)
            let forgedCorrection = try await viewer.post(
                client, "/ziniasklaida/paminejimai/\(Self.mention.uuidString)/taisymas", [("sentiment", "negative"), ("reach", "1")])
            XCTAssertEqual(forgedCorrection.status, .forbidden)
        }
    }
}
