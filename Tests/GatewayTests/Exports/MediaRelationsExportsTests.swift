import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import GatewayKit

/// The media-relations part's CSV files: contacts (with the do-not-contact flag) and mentions.
final class MediaRelationsExportsTests: XCTestCase {
    static let ids = (1...3).map { UUID(uuidString: "00000000-0000-4000-8000-00000000002\($0)")! }
    static let mention = UUID(uuidString: "3C4D5E6F-7081-4293-A4B5-C6D7E8F90112")!

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        try feed.apply(
            ContactCreated(
                contactId: ids[0],
                details: ContactDetails(
                    kind: .journalist, name: "Žydrūnė Ąžuolaitė", organisation: "LRT", topics: ["kultūra", "knygos"],
                    email: "zydrune@lrt.lt", phone: "+37060000000")))
        try feed.apply(
            ContactCreated(
                contactId: ids[1],
                details: ContactDetails(
                    kind: .mediaOutlet, name: "=HYPERLINK(\"http://x\",\"y\")", topics: [], language: "en", email: "Redakcija@Delfi.lt",
                    notes: "Skambinti \"ryte\"")))
        try feed.apply(
            ContactCreated(contactId: ids[2], details: ContactDetails(kind: .museum, name: "Aušros muziejus", topics: [])))
        try feed.apply(DoNotContactAdded(email: "redakcija@delfi.lt", reason: .unsubscribed))
        try feed.apply(
            MentionRecorded(
                mentionId: mention, url: "https://www.lrt.lt/naujienos/kultura/1", outlet: "LRT",
                publishedAt: Sample.date("2026-11-30T08:15"), title: "Bibliotekoje – Čiurlionio vakaras", language: "lt",
                reach: 12000, sentiment: .positive))
        try feed.apply(MentionExcerptRecorded(mentionId: mention, excerpt: "-Vakaras, kurio laukėme"))
    }

    func testContactsInLithuanianOrderWithTheDoNotContactFlag() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let response = try await client.execute(uri: "/api/v1/contacts.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(
                response.headers[.contentDisposition], "attachment; filename=\"Kontaktai.csv\"; filename*=UTF-8''Kontaktai.csv")
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}contactId,kind,name,organisation,topics,language,email,phone,notes,doNotContact",
                    "\(Self.ids[2].uuidString),museum,Aušros muziejus,,,lt,,,,false",
                    "\(Self.ids[1].uuidString),media-outlet,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,,en,Redakcija@Delfi.lt,,\"Skambinti \"\"ryte\"\"\",true",
                    "\(Self.ids[0].uuidString),journalist,Žydrūnė Ąžuolaitė,LRT,kultūra; knygos,lt,zydrune@lrt.lt,'+37060000000,,false",
                    "",
                ])
            let journalists = try await client.execute(uri: "/api/v1/contacts.csv?kind=journalist", method: .get)
            XCTAssertEqual(journalists.text.components(separatedBy: "\r\n").count, 3)
            let bad = try await client.execute(uri: "/api/v1/contacts.csv?limit=5", method: .get)
            XCTAssertEqual(bad.status, .badRequest)
        }
    }

    func testMentionsAndThePagesLinks() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            let response = try await client.execute(uri: "/api/v1/mentions.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}mentionId,publishedAt,outlet,title,url,language,reach,sentiment,eventId,campaignId,excerpt",
                    "\(Self.mention.uuidString),2026-11-30T08:15:00+02:00,LRT,Bibliotekoje – Čiurlionio vakaras,"
                        + "https://www.lrt.lt/naujienos/kultura/1,lt,12000,positive,,,\"'-Vakaras, kurio laukėme\"",
                    "",
                ])
            let later = try await client.execute(uri: "/api/v1/mentions.csv?from=2026-12-01", method: .get)
            XCTAssertEqual(later.text, "\u{FEFF}mentionId,publishedAt,outlet,title,url,language,reach,sentiment,eventId,campaignId,excerpt\r\n")

            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Rūta Vaitkutė", email: "ruta@lnb.lt", role: "viewer")
            let contacts = try await viewer.get(client, "/ziniasklaida/kontaktai")
            XCTAssertTrue(contacts.text.contains("href=\"/ziniasklaida/kontaktai.csv\" download>Kontaktai (CSV)</a>"), contacts.text)
            let mentions = try await viewer.get(client, "/ziniasklaida/paminejimai")
            XCTAssertTrue(mentions.text.contains("href=\"/ziniasklaida/paminejimai.csv\" download>Paminėjimai (CSV)</a>"))
            let download = try await viewer.get(client, "/ziniasklaida/paminejimai.csv")
            XCTAssertEqual(download.text, response.text)
        }
    }
}
