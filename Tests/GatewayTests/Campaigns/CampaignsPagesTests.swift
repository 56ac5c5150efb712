import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayCampaigns
@testable import GatewayKit

/// The campaigns pages through the router, with real accounts and a read
/// model fed with the campaigns service's messages.
final class CampaignsPagesTests: XCTestCase {
    static let campaignId = UUID(uuidString: "5A1E0000-0000-4000-8000-000000000001")!
    static let ownSubmission = UUID(uuidString: "5A1E0000-0000-4000-8000-000000000011")!
    static let otherSubmission = UUID(uuidString: "5A1E0000-0000-4000-8000-000000000012")!

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .campaigns)
        let objective = MarketingObjective(id: UUID(), year: 2027, title: "Jaunimo skaitymas")
        try feed.apply(MarketingObjectiveAdded(objective: objective))
        try feed.apply(
            CampaignCreated(
                campaignId: campaignId,
                details: CampaignSample.details(
                    "Žiemos skaitymai", starts: "2027-02-24", ends: "2027-03-31", plannedCents: 150_000, spentCents: 42_050,
                    objectiveId: objective.id),
                eventIds: [UUID(uuidString: "E0000000-0000-4000-8000-000000000001")!]))
        try feed.apply(CampaignKPIsUpdated(campaignId: campaignId, kpis: CampaignKPIs(registrations: 137, mentions: 12, reach: 45_000)))
        try feed.apply(SubmissionReceived(submissionId: ownSubmission, content: CampaignSample.content("Retų knygų paroda", date: "2027-02-24")))
        try feed.apply(SubmissionReceived(submissionId: otherSubmission, content: CampaignSample.content("Kito skyriaus naujiena")))
    }

    func testTheListAndTheCampaignPageShowTitleFiguresAndDatesInLithuanianToAViewer() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
            let list = try await viewer.get(client, "/kampanijos?metai=2027")
            XCTAssertEqual(list.status, .ok)
            XCTAssertTrue(list.text.contains("<h1>Kampanijos</h1>"), list.text)
            XCTAssertTrue(list.text.contains(">Žiemos skaitymai</a>"), list.text)
            XCTAssertTrue(list.text.contains("2027 m. vasario 24 d. – 2027 m. kovo 31 d."), list.text)
            XCTAssertFalse(list.text.contains("/kampanijos/nauja"), "a viewer is offered no new campaign")

            let page = try await viewer.get(client, "/kampanijos/\(Self.campaignId.uuidString)")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains("<h1>Žiemos skaitymai</h1>"), page.text)
            XCTAssertTrue(page.text.contains("2027 m. vasario 24 d."))
            XCTAssertTrue(
                page.text.contains(
                    "<th scope=\"row\">Registracijos į susietus renginius</th><td class=\"number\">—</td><td class=\"number\">137</td>"), page.text)
            XCTAssertTrue(page.text.contains("1 500,00 €") && page.text.contains("420,50 €"), page.text)
            XCTAssertTrue(page.text.contains("Jaunimo skaitymas"))
            XCTAssertTrue(page.text.contains("<h2 id=\"veiklos-istorija\">Veiklos istorija</h2>"), page.text)
            XCTAssertTrue(page.text.contains("<td>Kampanija sukurta</td>"), page.text)
            XCTAssertFalse(page.text.contains("<form method=\"post\" action=\"/kampanijos/"), "a viewer sees no form that changes anything")
            XCTAssertFalse(page.text.contains("style="))

            let plan = try await viewer.get(client, "/kampanijos/planas/2027")
            XCTAssertEqual(plan.status, .ok)
            XCTAssertTrue(plan.text.contains("<h1>2027 m. rinkodaros planas</h1>"), plan.text)
            XCTAssertTrue(plan.text.contains("<svg"), "the plan draws its chart")
            XCTAssertFalse(plan.text.contains("/tikslai"))

            let calendar = try await viewer.get(client, "/kampanijos/turinio-kalendorius?men=2027-02")
            XCTAssertEqual(calendar.status, .ok)
            XCTAssertTrue(calendar.text.contains("Turinio kalendorius: 2027 m. vasaris"), calendar.text)
            XCTAssertTrue(calendar.text.contains(">Žiemos skaitymai</a>"))

            let english = try await viewer.get(client, "/kalba?lang=en&back=/kampanijos/\(Self.campaignId.uuidString)")
            XCTAssertEqual(english.status, .seeOther)
            let inEnglish = try await viewer.get(client, "/kampanijos/\(Self.campaignId.uuidString)")
            XCTAssertTrue(inEnglish.text.contains("<h1>Winter reading</h1>"), inEnglish.text)
            XCTAssertTrue(inEnglish.text.contains("Registrations for linked events"))
            XCTAssertTrue(inEnglish.text.contains("24 February 2027"))
        }
    }

    func testAnEditorSeesTheFormsAndAWriteWithoutTheServiceShowsItsMessageWith503() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(client, database: database, name: "Rūta Redaktorė", email: "ruta@example.lt", role: "editor")
            let page = try await editor.get(client, "/kampanijos/\(Self.campaignId.uuidString)")
            XCTAssertTrue(page.text.contains("action=\"/kampanijos/\(Self.campaignId.uuidString)/busena\""), page.text)
            XCTAssertTrue(page.text.contains(">Patvirtinti</button>"))

            let missing = try await editor.post(client, "/kampanijos", [("nameLt", ""), ("goal", "Tikslas"), ("startsOn", "2027-02-24")])
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(missing.text.contains("<p class=\"field-error\" id=\"nameLt-klaida\">Užpildykite šį lauką.</p>"), missing.text)
            XCTAssertTrue(missing.text.contains("value=\"Tikslas\"") || missing.text.contains(">Tikslas</textarea>"), "the form keeps what was typed")

            let refused = try await editor.post(
                client, "/kampanijos/\(Self.campaignId.uuidString)/busena", [("to", "approved")])
            XCTAssertEqual(refused.status, .serviceUnavailable)
            XCTAssertTrue(refused.headers[.contentType]?.hasPrefix("text/html") ?? false)
            XCTAssertTrue(
                refused.text.contains(
                    #"<p class="error-message" role="alert" id="paslaugos-klaida">"# + "no connection to campaigns is configured</p>"),
                refused.text)
        }
    }

    func testASubmitterSeesOnlyTheirOwnSubmissionsAndIsRefusedTheCampaigns() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var submitter = try await PageSession.signedIn(
                client, database: database, name: "Petras Padalinys", email: "petras@example.lt", role: "submitter")
            try await database.writer.write { db in
                let id = try XCTUnwrap(try String.fetchOne(db, sql: "SELECT id FROM accounts WHERE email = ?", arguments: ["petras@example.lt"]))
                let identity = StaffIdentity(accountId: UUID(uuidString: id), name: "Petras Padalinys", role: .submitter)
                try SubmissionFilers.record(Self.ownSubmission, by: identity, at: Date(), in: db)
            }
            let mine = try await submitter.get(client, "/pateikimai")
            XCTAssertEqual(mine.status, .ok)
            XCTAssertTrue(mine.text.contains("<h1>Mano pateikimai</h1>"), mine.text)
            XCTAssertTrue(mine.text.contains("Retų knygų paroda"))
            XCTAssertFalse(mine.text.contains("Kito skyriaus naujiena"), "another unit's submission is not theirs")
            XCTAssertTrue(mine.text.contains("action=\"/pateikimai\""), "a submitter files a new one here")
            let own = try await submitter.get(client, "/pateikimai/\(Self.ownSubmission.uuidString)")
            XCTAssertEqual(own.status, .ok)
            XCTAssertTrue(own.text.contains("Petras Padalinys"))
            XCTAssertFalse(own.text.contains("/perziura"), "a submitter does not review")
            let other = try await submitter.get(client, "/pateikimai/\(Self.otherSubmission.uuidString)")
            XCTAssertEqual(other.status, .notFound)
            let campaigns = try await submitter.get(client, "/kampanijos")
            XCTAssertEqual(campaigns.status, .forbidden)
        }
    }

    func testRejectingWithoutAReasonShowsTheMessageNextToTheField() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(client, database: database, name: "Rūta Redaktorė", email: "ruta@example.lt", role: "editor")
            let queue = try await editor.get(client, "/pateikimai")
            XCTAssertTrue(queue.text.contains("<h2>Laukia peržiūros</h2>"), queue.text)
            XCTAssertTrue(queue.text.contains("Retų knygų paroda") && queue.text.contains("Kito skyriaus naujiena"))
            let page = try await editor.get(client, "/pateikimai/\(Self.ownSubmission.uuidString)")
            XCTAssertTrue(page.text.contains(">Atmesti</button>"), page.text)
            let rejected = try await editor.post(
                client, "/pateikimai/\(Self.ownSubmission.uuidString)/perziura", [("decision", "reject"), ("reason", "")])
            XCTAssertEqual(rejected.status, .unprocessableContent)
            XCTAssertTrue(
                rejected.text.contains("aria-invalid=\"true\" aria-describedby=\"reason-klaida\""), rejected.text)
            XCTAssertTrue(rejected.text.contains("<p class=\"field-error\" id=\"reason-klaida\">Nurodykite atmetimo priežastį.</p>"))

            var viewer = try await PageSession.signedIn(client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
            let seen = try await viewer.get(client, "/pateikimai/\(Self.ownSubmission.uuidString)")
            XCTAssertEqual(seen.status, .ok)
            XCTAssertFalse(seen.text.contains("<form method=\"post\" action=\"/pateikimai"), "a viewer sees no review form")
            let home = try await viewer.get(client, "/")
            XCTAssertTrue(home.text.contains("Pateikimai, laukiantys peržiūros <span class=\"badge\">2</span>"), home.text)
            let search = try await viewer.get(client, "/paieska?q=ziemos")
            XCTAssertTrue(search.text.contains(">Žiemos skaitymai</a>"), search.text)
            let report = try await viewer.get(client, "/ataskaitos/2027")
            XCTAssertTrue(report.text.contains("Kampanijos ir jų rodikliai"), report.text)
        }
    }
}
