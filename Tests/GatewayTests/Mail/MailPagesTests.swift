import Foundation
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit

/// The mail part's pages through the gateway's router, fed the mail
/// service's messages as it publishes them.
final class MailPagesTests: XCTestCase {
    func testTheStartPageSaysMailsGoToAFolderWhenNoRelayIsSet() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            let feed = MessageFeed(database, source: .mail)
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Ona Skaitytoja", email: "ona@example.lt", role: "viewer")
            var home = try await viewer.get(client, "/")
            XCTAssertFalse(home.text.contains("laiskai-aplanke-pranesimas"), "nothing said before the mail service did")

            try feed.apply(MailDeliveryConfigured(delivery: .files, folder: "/srv/komunika/data/mail"))
            home = try await viewer.get(client, "/")
            XCTAssertTrue(
                home.text.contains(
                    "Pašto serveris (KOMUNIKA_SMTP_URL) nenurodytas, todėl laiškai tik įrašomi į aplanką data/mail/."),
                home.text)
            XCTAssertTrue(home.text.contains("<code>/srv/komunika/data/mail</code>"), home.text)

            try feed.apply(MailDeliveryConfigured(delivery: .smtp, folder: nil))
            home = try await viewer.get(client, "/")
            XCTAssertFalse(home.text.contains("laiskai-aplanke-pranesimas"), "a relay is set now")
        }
    }

    func testAdminsSeeFailedMailsWithTheServersAnswer() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            let feed = MessageFeed(database, source: .mail)
            let answer = "550 5.1.1 <nera@example.lt>: Recipient address rejected: User unknown"
            try feed.apply(
                MailFailed(
                    mailId: UUID(uuidString: "0B6F2A4E-9D1C-4F7A-8E1B-3C5D7E9F1A2B")!, kind: .registrationAccepted,
                    recipient: "nera@example.lt", subject: "Registracija patvirtinta: Knygų mugė", lastAnswer: answer,
                    attempts: 30, createdAt: Date().addingTimeInterval(-86_400), failedAt: Date()))
            try feed.apply(MailSent(mailId: UUID(), kind: .pressRelease, sentAt: Date(), attempts: 1))

            var editor = try await PageSession.signedIn(
                client, database: database, name: "Rasa Redaktorė", email: "rasa@example.lt", role: "editor")
            let refused = try await editor.get(client, "/operacijos/laiskai")
            XCTAssertEqual(refused.status, .forbidden)
            let editorHome = try await editor.get(client, "/")
            XCTAssertFalse(editorHome.text.contains("neissiusti-laiskai-ispejimas"))

            var admin = try await PageSession.signedIn(
                client, database: database, name: "Jonas Administratorius", email: "jonas@example.lt", role: "admin")
            let page = try await admin.get(client, "/operacijos/laiskai")
            XCTAssertEqual(page.status, .ok, page.text)
            let row = try XCTUnwrap(page.text.range(of: #"<tr id="laiskas-0b6f2a4e-9d1c-4f7a-8e1b-3c5d7e9f1a2b">"#), page.text)
            let cells = String(page.text[row.upperBound...].prefix(700))
            XCTAssertTrue(cells.contains("<td>nera@example.lt</td><td>Registracija patvirtinta</td>"), cells)
            XCTAssertTrue(cells.contains("<td>Registracija patvirtinta: Knygų mugė</td>"), cells)
            XCTAssertTrue(
                cells.contains("550 5.1.1 &lt;nera@example.lt&gt;: Recipient address rejected: User unknown"), cells)
            XCTAssertTrue(cells.contains(#"<td class="number">30</td>"#), cells)

            let home = try await admin.get(client, "/")
            XCTAssertTrue(home.text.contains(#"Neišsiųsti laiškai: <span class="badge">1</span>"#), home.text)
            let operations = try await admin.get(client, "/operacijos")
            XCTAssertTrue(operations.text.contains(#"<a href="/operacijos/laiskai" id="neissiustu-laisku-nuoroda">"#))
        }
    }

    func testTheMailPageSaysWhenNoAlertsGoToStaff() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            let feed = MessageFeed(database, source: .mail)
            var admin = try await PageSession.signedIn(
                client, database: database, name: "Jonas Administratorius", email: "jonas@example.lt", role: "admin")
            let notice =
                "Pranešimai darbuotojams (renginyje neliko vietų, baigiasi licencija ar sutikimas, pateikimas įvertintas) "
                + "nesiunčiami: KOMUNIKA_STAFF_MAIL nenurodytas."

            try feed.apply(MailDeliveryConfigured(delivery: .smtp, folder: nil))
            var page = try await admin.get(client, "/operacijos/laiskai")
            XCTAssertFalse(page.text.contains("pranesimai-darbuotojams-nesiunciami"), "a mail service that did not say")

            try feed.apply(MailDeliveryConfigured(delivery: .smtp, folder: nil, staffAlerts: false))
            page = try await admin.get(client, "/operacijos/laiskai")
            XCTAssertEqual(page.text.components(separatedBy: notice).count - 1, 1, page.text)
            XCTAssertTrue(page.text.contains(#"<p id="pranesimai-darbuotojams-nesiunciami" class="warning" role="status">"#))

            try feed.apply(MailDeliveryConfigured(delivery: .smtp, folder: nil, staffAlerts: true))
            page = try await admin.get(client, "/operacijos/laiskai")
            XCTAssertFalse(page.text.contains("pranesimai-darbuotojams-nesiunciami"), "KOMUNIKA_STAFF_MAIL is set now")
        }
    }
}
