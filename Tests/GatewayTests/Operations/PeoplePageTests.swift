import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit

/// The admins' page of a person's data: the form, its errors next to the
/// fields, and an erasure's report when no service answers (here every
/// service is on an ipc path nothing listens on).
final class PeoplePageTests: XCTestCase {
    func testOnlyAdminsHaveThePage() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Ona Redaktorė", email: "ona@example.lt", role: "editor")
            let page = try await editor.get(client, "/operacijos/zmones")
            XCTAssertEqual(page.status, .forbidden)
            let erase = try await editor.post(
                client, "/operacijos/zmones/istrynimas", [("email", "julija@example.lt"), ("confirmation", "julija@example.lt")])
            XCTAssertEqual(erase.status, .forbidden)
        }
    }

    func testTheErasureNeedsTheAddressTwiceAndSaysSoNextToTheField() async throws {
        try await GatewayHTTP.withDatabase(unreachable: ServiceName.domainServices) { client, database in
            var admin = try await PageSession.signedIn(
                client, database: database, name: "Rasa Administratorė", email: "rasa@example.lt", role: "admin")
            let page = try await admin.get(client, "/operacijos/zmones")
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains("<h1>Asmens duomenys</h1>"), page.text)
            XCTAssertTrue(page.text.contains(#"formaction="/operacijos/zmones/istrynimas""#), page.text)

            let mismatch = try await admin.post(
                client, "/operacijos/zmones/istrynimas", [("email", "julija@example.lt"), ("confirmation", "julius@example.lt")])
            XCTAssertEqual(mismatch.status, .unprocessableContent)
            XCTAssertTrue(
                mismatch.text.contains(
                    #"<p class="field-error" id="confirmation-klaida">Įveskite tą patį adresą dar kartą, kad patvirtintumėte ištrynimą.</p>"#),
                mismatch.text)
            XCTAssertTrue(mismatch.text.contains(#"value="julija@example.lt""#), mismatch.text)
            let noAddress = try await admin.post(client, "/operacijos/zmones/eksportas", [("email", "julija")])
            XCTAssertEqual(noAddress.status, .unprocessableContent)
            XCTAssertTrue(
                noAddress.text.contains(#"<p class="field-error" id="email-klaida">Įveskite el. pašto adresą.</p>"#), noAddress.text)

            let erased = try await admin.post(
                client, "/operacijos/zmones/istrynimas", [("email", "julija@example.lt"), ("confirmation", "Julija@Example.LT")])
            XCTAssertEqual(erased.status, .ok, erased.text)
            XCTAssertTrue(erased.text.contains(#"id="istrynimo-rezultatas">Ne visos tarnybos atsakė"#), erased.text)
            XCTAssertTrue(erased.text.contains("<code>events: not erased — "), erased.text)
            XCTAssertTrue(erased.text.contains("<code>gateway: nothing kept on this address</code>"), erased.text)
            let gateway = try XCTUnwrap(erased.text.range(of: #"id="istrynimas-gateway""#))
            let events = try XCTUnwrap(erased.text.range(of: #"id="istrynimas-events""#))
            XCTAssertLessThan(events.lowerBound, gateway.lowerBound, "the gateway is asked last")
        }
    }

    func testTheExportIsAJSONFileOfEveryServiceAndThoseThatDidNotAnswer() async throws {
        try await GatewayHTTP.withDatabase(unreachable: ServiceName.domainServices) { client, database in
            var admin = try await PageSession.signedIn(
                client, database: database, name: "Rasa Administratorė", email: "rasa@example.lt", role: "admin")
            let export = try await admin.post(client, "/operacijos/zmones/eksportas", [("email", "Julija@Example.LT")])
            XCTAssertEqual(export.status, .ok, export.text)
            XCTAssertEqual(export.headers[.contentDisposition], #"attachment; filename="asmens-duomenys.json""#)
            let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(export.text.utf8)) as? [String: Any])
            XCTAssertEqual(document["email"] as? String, "julija@example.lt")
            XCTAssertEqual((document["services"] as? [String: Any])?.keys.sorted(), ["gateway"])
            XCTAssertEqual(
                (document["unanswered"] as? [String: Any])?.keys.sorted(), ServiceName.domainServices.map(\.rawValue).sorted())
        }
    }
}
