import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayKit

/// The admins' operations page through the gateway's router: the gateway's
/// own status from its own control handler, every other service asked over
/// the bus (here on ipc paths nothing listens on, so none answers).
final class OperationsPagesTests: XCTestCase {
    func testViewersAndEditorsAreRefusedThePageAndItsRetry() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            for role in ["viewer", "editor"] {
                var session = try await PageSession.signedIn(
                    client, database: database, name: "Ona \(role)", email: "ona.\(role)@example.lt", role: role)
                let page = try await session.get(client, "/operacijos")
                XCTAssertEqual(page.status, .forbidden, role)
                XCTAssertFalse(page.text.contains("mirusieji/kartoti"), role)
                let retry = try await session.post(client, "/operacijos/gateway/mirusieji/kartoti", [])
                XCTAssertEqual(retry.status, .forbidden, role)
                let home = try await session.get(client, "/")
                XCTAssertEqual(home.status, .ok)
                XCTAssertFalse(home.text.contains("operaciju-ispejimas"), "\(role) sees the admins' alert")
            }
        }
    }

    func testAnAdminSeesTheGatewayFirstAndEveryServiceThatDoesNotAnswer() async throws {
        let services = ServiceName.domainServices
        try await GatewayHTTP.withDatabase(unreachable: services) { client, database in
            let reason = "unknown message type campaign.teleported v1"
            try await database.writer.write { db in
                try DeadLetters.add(
                    topic: "campaigns.campaign.teleported", raw: Data("{}".utf8), reason: reason, source: "campaigns",
                    type: "campaign.teleported", seq: 7, in: db)
            }
            var admin = try await PageSession.signedIn(
                client, database: database, name: "Rasa Administratorė", email: "rasa@example.lt", role: "admin")
            let page = try await admin.get(client, "/operacijos")
            XCTAssertEqual(page.status, .ok, page.text)
            let html = page.text
            XCTAssertTrue(html.contains("<h1>Operacijos</h1>"), html)
            XCTAssertTrue(html.contains(#"<a href="/paskyros">Paskyros</a>"#), html)

            // The gateway's own row comes first and answers: its seq, backlog, letters, size, uptime.
            let gatewayRow = try XCTUnwrap(html.range(of: #"<tr id="busena-gateway">"#), html)
            let gatewayCells = String(html[gatewayRow.upperBound...].prefix(600))
            XCTAssertTrue(gatewayCells.contains("<td>veikia</td>"), gatewayCells)
            XCTAssertTrue(gatewayCells.contains(#"<td class="number">1</td>"#), "one dead letter: \(gatewayCells)")
            for service in services {
                let row = try XCTUnwrap(html.range(of: #"<tr id="busena-\#(service.rawValue)">"#), service.rawValue)
                XCTAssertLessThan(gatewayRow.lowerBound, row.lowerBound, "the gateway comes first")
                let cells = String(html[row.upperBound...].prefix(400))
                XCTAssertTrue(cells.contains("<strong>neatsako</strong>"), cells)
                XCTAssertTrue(cells.contains("no answer from ipc://"), cells)
            }
            // The gateway's dead letter with its reason and a retry button for it and for all.
            XCTAssertTrue(html.contains(#"<tr id="mirusioji-gateway-1">"#), html)
            XCTAssertTrue(html.contains(#"<td class="reason">\#(reason)</td>"#), html)
            XCTAssertTrue(html.contains(#"<form method="post" action="/operacijos/gateway/mirusieji/1/kartoti">"#), html)
            XCTAssertTrue(html.contains(#"<form method="post" action="/operacijos/gateway/mirusieji/kartoti">"#), html)
            XCTAssertFalse(html.contains("style="), "no inline style")

            // Retrying answers with the page and how many were resolved.
            let retried = try await admin.post(client, "/operacijos/gateway/mirusieji/1/kartoti", [])
            XCTAssertEqual(retried.status, .ok, retried.text)
            XCTAssertTrue(retried.text.contains(#"id="pakartojimo-rezultatas">„Šliuzas (ši programa)“: pavyko pritaikyti 0"#), retried.text)
            // A service that does not answer is said so, not a 500.
            let silent = try await admin.post(client, "/operacijos/events/mirusieji/kartoti", [])
            XCTAssertEqual(silent.status, .ok, silent.text)
            XCTAssertTrue(silent.text.contains("„Renginiai“ pakartoti nepavyko: no answer from ipc://"), silent.text)
            let unknown = try await admin.post(client, "/operacijos/teleportas/mirusieji/kartoti", [])
            XCTAssertEqual(unknown.status, .notFound)
            let noToken = try await admin.post(client, "/operacijos/gateway/mirusieji/kartoti", [], withToken: false)
            XCTAssertEqual(noToken.status, .forbidden)

            // In English, the same page in English words.
            admin.cookies[Language.cookieName] = "en"
            let english = try await admin.get(client, "/operacijos")
            XCTAssertTrue(english.text.contains("<strong>not answering</strong>"), english.text)
            XCTAssertTrue(english.text.contains("Gateway (this application)"), english.text)

            // The admin's start page: the dead letters per service and those not answering, linking to the page.
            admin.cookies[Language.cookieName] = "lt"
            let home = try await admin.get(client, "/")
            XCTAssertTrue(home.text.contains(#"id="operaciju-ispejimas""#), home.text)
            XCTAssertTrue(home.text.contains(#"<span class="badge" id="mirusieji-skaicius-gateway">1</span>"#), home.text)
            XCTAssertTrue(home.text.contains(#"<li id="neatsako-events">„Renginiai“ neatsako: no answer from"#), home.text)
            XCTAssertTrue(home.text.contains(#"<a href="/operacijos">Į operacijų puslapį</a>"#), home.text)
        }
    }
}
