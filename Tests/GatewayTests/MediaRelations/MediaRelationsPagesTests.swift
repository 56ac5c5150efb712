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

/// The media-relations pages through the router, with real accounts and a
/// read model fed with the media-relations service's messages.
final class MediaRelationsPagesTests: XCTestCase {
    static let journalist = UUID(uuidString: "3E0A0000-0000-4000-8000-000000000001")!
    static let list = UUID(uuidString: "3E0A0000-0000-4000-8000-000000000002")!
    static let draft = UUID(uuidString: "3E0A0000-0000-4000-8000-000000000003")!
    static let sent = UUID(uuidString: "3E0A0000-0000-4000-8000-000000000004")!
    static let mention = UUID(uuidString: "3E0A0000-0000-4000-8000-000000000005")!

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        try feed.apply(
            ContactCreated(
                contactId: journalist,
                details: ContactDetails(
                    kind: .journalist, name: "Žydrūnė Žurnalistė", organisation: "LRT", topics: ["kultūra"], email: "zydrune@lrt.lt")))
        try feed.apply(ContactListCreated(listId: list, name: "Kultūros žurnalistai"))
        try feed.apply(ContactAddedToList(listId: list, contactId: journalist))
        try feed.apply(PressReleaseDrafted(pressReleaseId: draft, content: PressReleaseContent(titleLt: "Bibliotekos naktis", bodyLt: "Kviečiame.")))
        try feed.apply(PressReleaseDrafted(pressReleaseId: sent, content: PressReleaseContent(titleLt: "Retų knygų paroda", bodyLt: "Atidaroma.")))
        try feed.apply(PressReleaseApproved(pressReleaseId: sent))
        try feed.apply(
            PressReleaseDistributed(
                pressReleaseId: sent, distributedAt: Timestamp.parse("2027-02-24T08:30:00Z")!, contactListId: list, contactIds: [journalist]))
        try feed.apply(
            MessageFeed.mention(
                mention, url: "https://www.lrt.lt/naujienos/1", outlet: "LRT", at: "2027-02-24T10:00:00Z", reach: 12_000,
                sentiment: .positive, title: "Nacionalinė biblioteka atveria retų knygų parodą"))
        try feed.apply(
            VisitRequested(
                visitId: UUID(),
                details: VisitDetails(date: Timestamp.parse("2027-03-02T09:00:00Z")!, journalistId: journalist, purpose: "Reportažas", host: "Rūta")))
    }

    func testEachPageRendersForAViewerInLithuanianWithNoFormThatChangesAnything() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
            let pages: [(String, String)] = [
                ("/ziniasklaida", "<h1>Žiniasklaida</h1>"),
                ("/ziniasklaida/kontaktai", ">Žydrūnė Žurnalistė</a>"),
                ("/ziniasklaida/kontaktai/\(Self.journalist.uuidString)", "<h1>Žydrūnė Žurnalistė</h1>"),
                ("/ziniasklaida/sarasai", ">Kultūros žurnalistai</a>"),
                ("/ziniasklaida/sarasai/\(Self.list.uuidString)", "<h1>Kultūros žurnalistai</h1>"),
                ("/ziniasklaida/pranesimai", ">Bibliotekos naktis</a>"),
                ("/ziniasklaida/pranesimai/\(Self.sent.uuidString)", "Išplatinta: 2027 m. vasario 24 d. 10:30"),
                ("/ziniasklaida/vizitai", "2027 m. kovo 2 d. 11:00"),
                ("/ziniasklaida/paminejimai", "Nacionalinė biblioteka atveria retų knygų parodą"),
                ("/ziniasklaida/paminejimai/\(Self.mention.uuidString)", "2027 m. vasario 24 d. 12:00"),
            ]
            for (path, text) in pages {
                let page = try await viewer.get(client, path)
                XCTAssertEqual(page.status, .ok, path)
                XCTAssertTrue(page.text.contains(text), "\(path): \(page.text)")
                XCTAssertFalse(page.text.contains("<form method=\"post\" action=\"/ziniasklaida"), "\(path) offers a viewer a change")
                XCTAssertFalse(page.text.contains("style="), path)
            }
            let mentions = try await viewer.get(client, "/ziniasklaida/paminejimai?nuo=2027-01-01&iki=2027-12-31")
            XCTAssertTrue(mentions.text.contains("<svg"), "coverage and outlets are drawn")
            XCTAssertTrue(mentions.text.contains("Paminėjimai pagal leidinį"))

            let home = try await viewer.get(client, "/")
            XCTAssertTrue(home.text.contains("Pranešimai spaudai, laukiantys patvirtinimo <span class=\"badge\">1</span>"), home.text)
            let search = try await viewer.get(client, "/paieska?q=zydrune")
            XCTAssertTrue(search.text.contains(">Žydrūnė Žurnalistė</a>"), search.text)
            let report = try await viewer.get(client, "/ataskaitos/2027")
            XCTAssertTrue(report.text.contains("Ryšiai su žiniasklaida"), report.text)

            _ = try await viewer.get(client, "/kalba?lang=en&back=/ziniasklaida/pranesimai")
            let english = try await viewer.get(client, "/ziniasklaida/pranesimai")
            XCTAssertTrue(english.text.contains("<h1>Press releases</h1>"), english.text)
            XCTAssertTrue(english.text.contains("distributed"))
        }
    }

    func testAnEditorsFormsShowFieldErrorsAndTheServicesMessage() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(client, database: database, name: "Rūta Redaktorė", email: "ruta@example.lt", role: "editor")
            let draft = try await editor.get(client, "/ziniasklaida/pranesimai/\(Self.draft.uuidString)")
            XCTAssertTrue(draft.text.contains(">Patvirtinti</button>"), draft.text)

            let missing = try await editor.post(client, "/ziniasklaida/kontaktai", [("name", ""), ("email", "ne-adresas")])
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(missing.text.contains("<p class=\"field-error\" id=\"name-klaida\">Užpildykite šį lauką.</p>"), missing.text)
            XCTAssertTrue(missing.text.contains("value=\"ne-adresas\""), "the form keeps what was typed")

            let approve = try await editor.post(client, "/ziniasklaida/pranesimai/\(Self.draft.uuidString)/busena", [("to", "approved")])
            XCTAssertEqual(approve.status, .serviceUnavailable)
            XCTAssertTrue(
                approve.text.contains(
                    #"<p class="error-message" role="alert" id="paslaugos-klaida">"# + "no connection to media-relations is configured</p>"),
                approve.text)

            let boundary = "----komunika"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + "url,outlet,publishedAt,title\r\nhttps://a.lt/1,A,2027-02-24T10:00:00Z,Antraštė\r\n--\(boundary)--\r\n"
            let upload = try await client.execute(
                uri: "/ziniasklaida/paminejimai/importas?csrf=\(editor.csrf)", method: .post,
                headers: [.cookie: editor.cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: body))
            XCTAssertEqual(upload.status, .serviceUnavailable, upload.text)
            XCTAssertTrue(upload.text.contains("no connection to media-relations is configured"), upload.text)
            let empty = try await client.execute(
                uri: "/ziniasklaida/paminejimai/importas?csrf=\(editor.csrf)", method: .post,
                headers: [.cookie: editor.cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
                body: ByteBuffer(string: "--\(boundary)--\r\n"))
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(empty.text.contains("<p class=\"field-error\" id=\"file-klaida\">Pasirinkite failą.</p>"), empty.text)
        }
    }
}
