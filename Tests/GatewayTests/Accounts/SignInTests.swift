import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayAccounts
@testable import GatewayKit

/// Signing in and out of the web application through the gateway's router,
/// on real accounts in a real SQLite file.
final class SignInTests: XCTestCase {
    func testTheSignInPageIsLithuanianWithItsOwnSiteOnlyPolicyAndAFormToken() async throws {
        try await GatewayHTTP.test { client in
            let response = try await client.execute(uri: "/prisijungimas", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
            XCTAssertEqual(
                response.headers[.contentSecurityPolicy],
                "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'")
            XCTAssertTrue(response.text.contains(#"<html lang="lt">"#))
            XCTAssertTrue(response.text.contains("<h1>Prisijungimas</h1>"))
            XCTAssertTrue(response.text.contains(#"<label for="password">Slaptažodis</label>"#))
            let cookie = try XCTUnwrap(response.headers[.setCookie])
            XCTAssertTrue(cookie.hasPrefix("komunika_csrf="), cookie)
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie)
        }
    }

    func testALinkSetsThePasswordOnceAndTheSessionCookieIsHttpOnlyAndLax() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            let link = try await database.writer.write { db in
                try AccountsChange(db: db, now: Date(), publicURL: "https://komunika.lnb.lt")
                    .add(AddAccount(name: "Vardenis Pavardenis", email: "Vardenis.Pavardenis@example.lt", role: "editor"))
            }
            XCTAssertTrue(link.link.hasPrefix("https://komunika.lnb.lt/prisijungimas/nuoroda/"), link.link)
            XCTAssertEqual(link.email, "vardenis.pavardenis@example.lt")
            let path = String(link.link.dropFirst("https://komunika.lnb.lt".count))
            var browser = PageSession()
            let form = try await browser.get(client, path)
            XCTAssertTrue(form.text.contains("Vardenis Pavardenis, nustatykite savo paskyros (vardenis.pavardenis@example.lt) slaptažodį."))

            let short = try await browser.post(client, path, [("password", "trumpas"), ("password_repeat", "trumpas")])
            XCTAssertEqual(short.status, .unprocessableContent)
            XCTAssertTrue(short.text.contains("Slaptažodis per trumpas: reikia bent 10 simbolių."), short.text)
            let different = try await browser.post(client, path, [("password", "ilgas-slaptas-1"), ("password_repeat", "ilgas-slaptas-2")])
            XCTAssertTrue(different.text.contains(#"<p class="field-error" id="password_repeat-klaida">Slaptažodžiai nesutampa.</p>"#))

            let set = try await browser.post(client, path, [("password", "ilgas-slaptas-1"), ("password_repeat", "ilgas-slaptas-1")])
            XCTAssertEqual(set.status, .seeOther)
            XCTAssertEqual(set.headers[.location], "/")
            let cookie = try XCTUnwrap(set.headers[values: .setCookie].first { $0.hasPrefix("komunika_sesija=") })
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), cookie)
            XCTAssertFalse(cookie.contains("Secure"), "served over plain HTTP: \(cookie)")

            var stranger = PageSession()
            let again = try await stranger.get(client, path)
            XCTAssertEqual(again.status, .gone)
            XCTAssertTrue(again.text.contains("Ši prisijungimo nuoroda nebegalioja"), again.text)

            let stored = try await database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT passwordHash FROM accounts WHERE email = 'vardenis.pavardenis@example.lt'")
            }
            XCTAssertTrue(stored?.hasPrefix("$2b$11$") == true, "a bcrypt hash, not the password: \(stored ?? "nil")")
        }
    }

    func testAWrongPasswordIsSaidOnThePageAndTheFifthInARowLocksTheAccount() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            var person = try await PageSession.signedIn(
                client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
            _ = try await person.post(client, "/atsijungimas", [])
            XCTAssertNil(person.cookies[SessionCookie.name])
            _ = try await person.get(client, "/prisijungimas")

            let wrong = try await person.post(client, "/prisijungimas", [("email", "ona@example.lt"), ("password", "ne-tas")])
            XCTAssertEqual(wrong.status, .unauthorized)
            XCTAssertTrue(wrong.text.contains("Neteisingas el. pašto adresas arba slaptažodis."), wrong.text)
            let unknown = try await person.post(client, "/prisijungimas", [("email", "niekas@example.lt"), ("password", "ne-tas")])
            XCTAssertTrue(unknown.text.contains("Neteisingas el. pašto adresas arba slaptažodis."), unknown.text)
            let missing = try await person.post(client, "/prisijungimas", [("email", "ona@example.lt"), ("password", "")])
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(missing.text.contains(#"<p class="field-error" id="password-klaida">Įveskite slaptažodį.</p>"#))

            for _ in 2...4 {
                _ = try await person.post(client, "/prisijungimas", [("email", "ona@example.lt"), ("password", "ne-tas")])
            }
            let locked = try await person.post(client, "/prisijungimas", [("email", "ona@example.lt"), ("password", "ne-tas")])
            XCTAssertEqual(locked.status, .tooManyRequests)
            XCTAssertTrue(locked.text.contains("Per daug neteisingų bandymų iš eilės: paskyra užrakinta iki"), locked.text)
            let rightButLocked = try await person.post(
                client, "/prisijungimas", [("email", "ona@example.lt"), ("password", "labai-slaptas-1")])
            XCTAssertEqual(rightButLocked.status, .tooManyRequests)
            XCTAssertNil(person.cookies[SessionCookie.name])
        }
    }

    func testAPostWithoutTheFormTokenIsRefused() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            var admin = try await PageSession.signedIn(
                client, database: database, name: "Admina Adminaitė", email: "admin@example.lt", role: "admin")
            let forged = try await admin.post(
                client, "/paskyros", [("name", "Įsibrovėlis"), ("email", "x@example.lt"), ("role", "admin")], withToken: false)
            XCTAssertEqual(forged.status, .forbidden)
            XCTAssertTrue(forged.text.contains("Formos saugos žetonas neteisingas arba pasenęs."), forged.text)
            let wrongToken = try await admin.post(
                client, "/paskyros", [("csrf", String(repeating: "0", count: 64)), ("name", "Įsibrovėlis"), ("email", "x@example.lt")],
                withToken: false)
            XCTAssertEqual(wrongToken.status, .forbidden)
            let accounts = try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM accounts") }
            XCTAssertEqual(accounts, 1)
        }
    }

    func testAViewerIsRefusedTheAdminsPageAndASubmitterIsSentToTheSubmissions() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            let page = try await viewer.get(client, "/paskyros")
            XCTAssertEqual(page.status, .forbidden)
            XCTAssertTrue(page.text.contains("Jūsų vaidmuo – skaitytojas; tam reikia vaidmens „administratorius“ ar aukštesnio."), page.text)
            let forged = try await viewer.post(client, "/paskyros", [("name", "Kitas"), ("email", "kitas@example.lt"), ("role", "admin")])
            XCTAssertEqual(forged.status, .forbidden)

            var submitter = try await PageSession.signedIn(
                client, database: database, name: "Pateikėja Pateikėjienė", email: "submitter@example.lt", role: "submitter")
            let home = try await submitter.get(client, "/")
            XCTAssertEqual(home.status, .seeOther)
            XCTAssertEqual(home.headers[.location], "/pateikimai")
        }
    }

    func testSignedOutPagesGoToSignInAndBackAndTheLanguageSwitchIsRemembered() async throws {
        try await GatewayHTTP.test { client in
            let home = try await client.execute(uri: "/paskyros?rodyti=visas", method: .get)
            XCTAssertEqual(home.status, .seeOther)
            XCTAssertEqual(home.headers[.location], "/prisijungimas?toliau=/paskyros%3Frodyti%3Dvisas")
            let english = try await client.execute(uri: "/kalba?lang=en&back=/prisijungimas", method: .get)
            XCTAssertEqual(english.status, .seeOther)
            XCTAssertEqual(english.headers[.location], "/prisijungimas")
            let cookie = try XCTUnwrap(english.headers[.setCookie])
            XCTAssertTrue(cookie.hasPrefix("kalba=en;"), cookie)
            let page = try await client.execute(uri: "/prisijungimas", method: .get, headers: [.cookie: "kalba=en"])
            XCTAssertTrue(page.text.contains("<h1>Sign in</h1>"))
            XCTAssertTrue(page.text.contains(#"<html lang="en">"#))
            let elsewhere = try await client.execute(uri: "/kalba?lang=en&back=//evil.example", method: .get)
            XCTAssertEqual(elsewhere.headers[.location], "/")
        }
    }

    func testASessionEndsAfterEightIdleHoursAndWithItsAccount() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sessions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try ServiceDatabase(path: folder.appendingPathComponent("gateway.sqlite").path) { migrator in
            GatewayParts.registerMigrations(in: &migrator)
        }
        let store = AccountsStore(database: database)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let link = try await database.writer.write { db in
            try AccountsChange(db: db, now: start, publicURL: "").add(AddAccount(name: "Jonas", email: "jonas@example.lt", role: "editor"))
        }
        let token = try XCTUnwrap(link.link.split(separator: "/").last.map(String.init))
        let newSession = try await store.setPassword(linkToken: token, password: "ilgas-slaptas-1", now: start)
        let session = try XCTUnwrap(newSession)
        let identity = try await store.session(token: session, now: start.addingTimeInterval(7 * 3600))?.identity
        XCTAssertEqual(identity, StaffIdentity(accountId: link.accountId, name: "Jonas", role: .editor))
        let idle = try await store.session(token: session, now: start.addingTimeInterval(7 * 3600 + 8 * 3600 + 1))
        XCTAssertNil(idle)

        let second = try await store.signIn(email: "JONAS@example.lt", password: "ilgas-slaptas-1", now: start)
        guard case .signedIn(let secondToken) = second else { return XCTFail("\(second)") }
        _ = try await database.writer.write { db in
            try AccountsChange(db: db, now: start, publicURL: "").disable(DisableAccount(email: "jonas@example.lt"))
        }
        let afterDisabling = try await store.session(token: secondToken, now: start)
        XCTAssertNil(afterDisabling)
        let refused = try await store.signIn(email: "jonas@example.lt", password: "ilgas-slaptas-1", now: start)
        XCTAssertEqual(refused, AccountsStore.SignInOutcome.wrongCredentials)
    }
}
