import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import SignedLinks
import XCTest

@testable import GatewayKit
@testable import GatewayMediaRelations

/// The do-not-contact list in the gateway: the message applied, the API,
/// the staff's page, the contact's page, and the public unsubscribe link.
final class DoNotContactGatewayTests: XCTestCase {
    static let contact = UUID(uuidString: "4D5E6F70-8192-43A4-B5C6-D7E8F9011223")!
    static let staff = Actor(accountId: UUID(uuidString: "5E6F7081-92A3-44B5-C6D7-E8F901122334"), name: "Eglė Kazlauskienė")

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        try feed.apply(
            ContactCreated(
                contactId: contact, details: ContactDetails(kind: .journalist, name: "Rūta Žemaitytė", email: "Ruta@LRT.lt")))
        try feed.apply(DoNotContactAdded(email: "ruta@lrt.lt", reason: .unsubscribed), at: Sample.date("2026-11-30T09:00"))
        try feed.apply(
            DoNotContactAdded(email: "tomas@delfi.lt", reason: .staff), at: Sample.date("2026-12-01T10:30"), actor: staff)
        // Applied twice (a replay): kept once, as it was first.
        try feed.apply(DoNotContactAdded(email: "ruta@lrt.lt", reason: .staff), actor: staff)
    }

    func testTheAPIListsTheAddressesNewestFirstWithWhoAddedThem() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let response = try await client.execute(uri: "/api/v1/do-not-contact", method: .get)
            XCTAssertEqual(response.status, .ok)
            let body = try response.json()
            XCTAssertEqual(body["total"] as? Int, 2)
            let items = try XCTUnwrap(body["items"] as? [[String: Any]])
            XCTAssertEqual(items.compactMap { $0["email"] as? String }, ["tomas@delfi.lt", "ruta@lrt.lt"])
            XCTAssertEqual(items.compactMap { $0["reason"] as? String }, ["staff", "unsubscribed"])
            XCTAssertEqual((items[0]["addedBy"] as? [String: Any])?["name"] as? String, "Eglė Kazlauskienė")
            XCTAssertTrue(items[1]["addedBy"] is NSNull)
            XCTAssertEqual(items[1]["addedAt"] as? String, "2026-11-30T07:00:00Z")
        }
    }

    func testAddingABadAddressIs422NamingTheField() async throws {
        try await GatewayHTTP.test { client in
            let response = try await client.execute(
                uri: "/api/v1/do-not-contact", method: .post, headers: [.contentType: "application/json"],
                body: .json(#"{"email": "ne adresas"}"#))
            let body = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/do-not-contact")
            XCTAssertEqual(try response.errorFields(), ["email"])
            let errors = try XCTUnwrap(body["errors"] as? [[String: Any]])
            XCTAssertEqual(errors.first?["detail"] as? String, "'email' must be an e-mail address such as vardas@lnb.lt; 'ne adresas' is not")
        }
    }

    func testTheStaffPageAndTheContactsPageShowTheList() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Rūta Vaitkutė", email: "ruta@lnb.lt", role: "editor")
            let page = try await editor.get(client, "/ziniasklaida/nekontaktuoti")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains("<strong id=\"nekontaktuoti-skaicius\">2</strong>"), page.text)
            XCTAssertTrue(
                page.text.contains(
                    "<tr><td>tomas@delfi.lt</td><td>įtraukė darbuotojas</td><td>2026 m. gruodžio 1 d. 10:30</td><td>Eglė Kazlauskienė</td></tr>"),
                page.text)
            XCTAssertTrue(page.text.contains("<td>ruta@lrt.lt</td><td>atsisakė nuoroda laiške</td>"))
            XCTAssertTrue(page.text.contains("<td>pats asmuo</td>"))
            XCTAssertTrue(page.text.contains("action=\"/ziniasklaida/nekontaktuoti\""))

            let contact = try await editor.get(client, "/ziniasklaida/kontaktai/\(Self.contact.uuidString)")
            XCTAssertTrue(
                contact.text.contains(
                    "id=\"nekontaktuoti\">Šis adresas yra sąraše „Nekontaktuoti“: pranešimai spaudai juo nesiunčiami."),
                contact.text)

            let empty = try await editor.post(client, "/ziniasklaida/nekontaktuoti", [("email", " ")])
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(empty.text.contains("Užpildykite šį lauką."), empty.text)
        }
    }

    func testADistributionKeepsHowManyWereLeftOutAndAnOlderMessageNone() async throws {
        let (list, older, newer) = (UUID(), UUID(), UUID())
        let tomas = UUID()
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            let feed = MessageFeed(database, source: .mediaRelations)
            try feed.apply(ContactCreated(contactId: tomas, details: ContactDetails(kind: .journalist, name: "Tomas", email: "tomas@delfi.lt")))
            try feed.apply(ContactListCreated(listId: list, name: "Kultūros žurnalistai"))
            for contact in [Self.contact, tomas] { try feed.apply(ContactAddedToList(listId: list, contactId: contact)) }
            for release in [older, newer] {
                try feed.apply(PressReleaseDrafted(pressReleaseId: release, content: PressReleaseContent(titleLt: "Paroda", bodyLt: "Tekstas")))
                try feed.apply(PressReleaseApproved(pressReleaseId: release))
            }
            try feed.apply(
                PressReleaseDistributed(pressReleaseId: older, distributedAt: Date(), contactListId: list, contactIds: [Self.contact, tomas]))
            try feed.apply(
                PressReleaseDistributed(
                    pressReleaseId: newer, distributedAt: Date(), contactListId: list, contactIds: [], leftOutContactIds: [Self.contact, tomas]))
            let view = try await client.execute(uri: "/api/v1/press-releases/\(newer.uuidString)", method: .get).json()
            XCTAssertEqual(view["recipientCount"] as? Int, 0)
            XCTAssertEqual(view["leftOutCount"] as? Int, 2)
            let old = try await client.execute(uri: "/api/v1/press-releases/\(older.uuidString)", method: .get).json()
            XCTAssertEqual(old["recipientCount"] as? Int, 2)
            XCTAssertTrue(old["leftOutCount"] is NSNull)

            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Rūta Vaitkutė", email: "ruta@lnb.lt", role: "viewer")
            let page = try await viewer.get(client, "/ziniasklaida/pranesimai/\(newer.uuidString)")
            XCTAssertTrue(page.text.contains("Praleista (nekontaktuoti)</a>: <span id=\"praleista\">2</span>"), page.text)
            let oldPage = try await viewer.get(client, "/ziniasklaida/pranesimai/\(older.uuidString)")
            XCTAssertFalse(oldPage.text.contains("id=\"praleista\""))
        }
    }

    static func token(_ email: String, _ purpose: SignedLink.Purpose = .unsubscribe) -> String {
        SignedLink(purpose, subject: email).token(secret: GatewayHTTP.linkSecret)
    }

    func testTheLinksPageShowsTheAddressAndAOneClickButtonAndChangesNothing() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            let path = "/atsisakyti/\(Self.token("ona@example.lt"))"
            let page = try await client.execute(uri: path, method: .get)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains("<strong id=\"adresas\">ona@example.lt</strong>"), page.text)
            XCTAssertTrue(page.text.contains("<form method=\"post\" action=\"\(path)\">"))
            XCTAssertTrue(page.text.contains("<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"))
            XCTAssertTrue(page.text.contains(">Atsisakyti</button>"))
            let count = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaDoNotContact") }
            XCTAssertEqual(count, 0)
        }
    }

    func testAnInvalidTokenGetsThe404Page() async throws {
        try await GatewayHTTP.test { client in
            let good = Self.token("ona@example.lt")
            let changed = String(good.dropLast()) + (good.hasSuffix("A") ? "B" : "A")
            for token in [changed, Self.token("ona@example.lt", .cancelRegistration), "niekas"] {
                let page = try await client.execute(uri: "/atsisakyti/\(token)", method: .get)
                XCTAssertEqual(page.status, .notFound, token)
                XCTAssertTrue(page.text.contains("Ši atsisakymo nuoroda negalioja."), page.text)
                let post = try await client.execute(
                    uri: "/atsisakyti/\(token)", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
                XCTAssertEqual(post.status, .notFound)
                XCTAssertTrue(post.text.contains("Ši atsisakymo nuoroda negalioja."), post.text)
            }
        }
    }

    /// RFC 8058: the one-click POST carries no form token and no cookie; it
    /// passes every page check and reaches the media-relations service
    /// (to which this test has no connection, so the page says so — a form-token
    /// check would have answered 403 first).
    func testTheOneClickPostNeedsNoFormToken() async throws {
        try await GatewayHTTP.test { client in
            let path = "/atsisakyti/\(Self.token("ona@example.lt"))"
            let post = try await client.execute(
                uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "List-Unsubscribe=One-Click"))
            XCTAssertEqual(post.status, .serviceUnavailable, post.text)
            XCTAssertTrue(post.text.contains("no connection to media-relations is configured"), post.text)
            let other = try await client.execute(
                uri: path, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "List-Unsubscribe=Later"))
            XCTAssertEqual(other.status, .badRequest)
            XCTAssertTrue(other.text.contains("Užklausoje turi būti List-Unsubscribe=One-Click."), other.text)
        }
    }
}
