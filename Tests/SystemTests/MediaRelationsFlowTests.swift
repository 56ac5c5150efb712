import Foundation
import MessageSchema
import XCTest

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The media-relations service with real processes: a press conference the
/// events service schedules gets its press-release draft with no further
/// command, and a mentions file imported twice creates each mention once.
final class MediaRelationsFlowTests: XCTestCase {
    static let csv = """
        url,outlet,published_at,title,excerpt,language,reach,sentiment,event_id,campaign_id
        https://www.lrt.lt/naujienos/kultura/1,LRT,2026-11-02T09:00:00+02:00,"Paroda „Knygų lobynas“","Sakė: ""puiku"", ir dar",lt,15000,positive,,
        https://www.delfi.lt/kultura/2,Delfi,2026-11-15,Skaitytojų šventė,,lt,8000,neutral,,
        HTTPS://WWW.LRT.LT/naujienos/kultura/1/,LRT,2026-11-02,Tas pats straipsnis,,lt,1,positive,,
        https://www.15min.lt/3,15min,ne data,Blogas įrašas,,lt,10,neutral,,

        """

    func startSystem() async throws -> SystemUnderTest {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "events,media-relations"])
        try system.start("komunika-events")
        try system.start("komunika-media-relations")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        return system
    }

    func testScheduledPressConferenceGetsALinkedPressReleaseDraft() async throws {
        let system = try await startSystem()
        defer { system.stopAll() }
        let http = system.http
        let title = "Nacionalinės bibliotekos metų planai"
        let created = try await http.send(
            .post, "/api/v1/events", json: Fixtures.event(title: title, day: 3, type: "press-conference", capacity: nil, hall: "Konferencijų salė"))
        XCTAssertEqual(created.status, 201, created.text)
        let eventId = try XCTUnwrap(created.json?["id"] as? String)
        for status in ["approved", "scheduled"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }

        var items: [[String: Any]] = []
        let appeared = await eventually {
            let listing = try? await http.get("/api/v1/press-releases?eventId=\(eventId)")
            items = listing?.json?["items"] as? [[String: Any]] ?? []
            return !items.isEmpty
        }
        XCTAssertTrue(appeared, "no press release appeared; media-relations log:\n\(system.log(of: "komunika-media-relations").suffix(2000))")
        XCTAssertEqual(items.count, 1)
        let draft = try XCTUnwrap(items.first)
        let expectedId = UUID(derivedFrom: "media-relations:press-release:\(UUID(uuidString: eventId)!)")
        XCTAssertEqual((draft["id"] as? String)?.lowercased(), expectedId.uuidString.lowercased())
        XCTAssertEqual(draft["status"] as? String, "draft")
        XCTAssertEqual((draft["eventId"] as? String)?.lowercased(), eventId.lowercased())
        XCTAssertEqual(draft["titleLt"] as? String, "Spaudos konferencija: \(title)")
        let body = draft["bodyLt"] as? String ?? ""
        XCTAssertTrue(body.contains("18:00–20:00"), body)
        XCTAssertTrue(body.contains("Konferencijų salė"), body)

        // The draft goes on through the gateway: approved, then distributed to a list.
        let contact = try await http.send(
            .post, "/api/v1/contacts",
            json: ["kind": "journalist", "name": "Rūta Žemaitytė", "organisation": "LRT", "email": "ruta@lrt.lt", "topics": ["kultūra"]])
        XCTAssertEqual(contact.status, 201, contact.text)
        let list = try await http.send(.post, "/api/v1/contact-lists", json: ["name": "Kultūros žurnalistai"])
        XCTAssertEqual(list.status, 201, list.text)
        let listId = try XCTUnwrap(list.json?["id"] as? String)
        let member = try await http.send(
            .post, "/api/v1/contact-lists/\(listId)/members", json: ["contactId": contact.json?["id"] as? String ?? ""])
        XCTAssertEqual(member.json?["memberCount"] as? Int, 1, member.text)
        let releaseId = expectedId.uuidString
        let early = try await http.send(
            .post, "/api/v1/press-releases/\(releaseId)/transitions", json: ["to": "distributed", "contactListId": listId])
        XCTAssertEqual(early.status, 409, early.text)
        let approved = try await http.send(.post, "/api/v1/press-releases/\(releaseId)/transitions", json: ["to": "approved"])
        XCTAssertEqual(approved.json?["status"] as? String, "approved", approved.text)
        let distributed = try await http.send(
            .post, "/api/v1/press-releases/\(releaseId)/transitions", json: ["to": "distributed", "contactListId": listId])
        XCTAssertEqual(distributed.json?["status"] as? String, "distributed", distributed.text)
        XCTAssertNotNil(distributed.json?["distributedAt"] as? String, distributed.text)
        XCTAssertEqual(distributed.json?["recipientCount"] as? Int, 1, distributed.text)

        // The public feed (no token) carries the distributed release, its Lithuanian title intact and escaped.
        let feed = try await system.publicHTTP.get("/api/v1/press-releases/feed.xml")
        XCTAssertEqual(feed.status, 200, feed.text)
        XCTAssertEqual(feed.contentType, "application/rss+xml; charset=utf-8")
        XCTAssertTrue(feed.text.contains("<title>Spaudos konferencija: \(title)</title>"), feed.text)
        XCTAssertTrue(feed.text.contains("urn:uuid:\(releaseId.lowercased())"), feed.text)
        let parsed = XMLParser(data: feed.body).parse()
        XCTAssertTrue(parsed, "the feed is not well-formed XML")
        system.removeFolder()
    }

    func testImportingTheSameCSVTwiceCreatesEachMentionOnce() async throws {
        let system = try await startSystem()
        defer { system.stopAll() }
        let http = system.http
        let headers = ["Content-Type": "text/csv; charset=utf-8"]
        let first = try await http.send(.post, "/api/v1/mentions/import", rawBody: Self.csv, headers: headers)
        XCTAssertEqual(first.status, 200, first.text)
        XCTAssertEqual(first.json?["created"] as? Int, 2, first.text)
        XCTAssertEqual(first.json?["duplicates"] as? Int, 1, first.text)
        let errors = first.json?["errors"] as? [[String: Any]] ?? []
        XCTAssertEqual(errors.map { $0["line"] as? Int }, [5], first.text)

        let second = try await http.send(.post, "/api/v1/mentions/import", rawBody: Self.csv, headers: headers)
        XCTAssertEqual(second.json?["created"] as? Int, 0, second.text)
        XCTAssertEqual(second.json?["duplicates"] as? Int, 3, second.text)

        let mentions = try await http.get("/api/v1/mentions")
        XCTAssertEqual(mentions.json?["total"] as? Int, 2, mentions.text)
        let urls = (mentions.json?["items"] as? [[String: Any]] ?? []).compactMap { $0["url"] as? String }
        XCTAssertEqual(Set(urls), ["https://www.lrt.lt/naujienos/kultura/1", "https://www.delfi.lt/kultura/2"])
        let search = try await http.get("/api/v1/mentions?q=puiku")
        XCTAssertEqual(search.json?["total"] as? Int, 1, search.text)
        let outlets = try await http.get("/api/v1/mentions/outlets")
        XCTAssertEqual(outlets.json?["total"] as? Int, 2, outlets.text)

        let wrongType = try await http.send(.post, "/api/v1/mentions/import", rawBody: Self.csv, headers: ["Content-Type": "text/plain"])
        XCTAssertEqual(wrongType.status, 415, wrongType.text)
        XCTAssertEqual(wrongType.contentType, "application/problem+json")
        system.removeFolder()
    }

    func testContactsVisitsAndMentionsThroughTheGateway() async throws {
        let system = try await startSystem()
        defer { system.stopAll() }
        let http = system.http
        let contact = try await http.send(
            .post, "/api/v1/contacts",
            json: ["kind": "journalist", "name": "Jonas Čepaitis", "organisation": "Delfi", "topics": ["Kultūra"], "email": "jonas@delfi.lt"])
        XCTAssertEqual(contact.status, 201, contact.text)
        let contactId = try XCTUnwrap(contact.json?["id"] as? String)
        let patched = try await http.send(.patch, "/api/v1/contacts/\(contactId)", json: ["phone": "+370 600 12345"])
        XCTAssertEqual(patched.json?["phone"] as? String, "+370 600 12345", patched.text)
        XCTAssertEqual(patched.json?["email"] as? String, "jonas@delfi.lt", patched.text)
        let found = try await http.get("/api/v1/contacts?topic=kultura&q=cepait")
        XCTAssertEqual(found.json?["total"] as? Int, 1, found.text)
        let refused = try await http.send(.patch, "/api/v1/contacts/\(contactId)", json: ["kind": "museum", "email": "jonas@@delfi"])
        XCTAssertEqual(refused.status, 422, refused.text)

        let visit = try await http.send(
            .post, "/api/v1/visits",
            json: ["date": "2027-01-12T11:00", "journalistId": contactId, "purpose": "Reportažas apie retų knygų skyrių", "host": "Ona Petraitė"])
        XCTAssertEqual(visit.status, 201, visit.text)
        XCTAssertEqual(visit.json?["date"] as? String, "2027-01-12T11:00:00+02:00", visit.text)
        XCTAssertEqual(visit.json?["journalistName"] as? String, "Jonas Čepaitis", visit.text)
        let visitId = try XCTUnwrap(visit.json?["id"] as? String)
        let early = try await http.send(.post, "/api/v1/visits/\(visitId)/transitions", json: ["to": "held"])
        XCTAssertEqual(early.status, 409, early.text)
        for status in ["confirmed", "held"] {
            let moved = try await http.send(.post, "/api/v1/visits/\(visitId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.json?["status"] as? String, status, moved.text)
        }

        let mention: [String: Any] = [
            "url": "https://www.delfi.lt/kultura/biblioteka", "outlet": "Delfi", "publishedAt": "2026-11-20T10:00",
            "title": "Biblioteka kviečia", "reach": 4000, "sentiment": "positive",
        ]
        let first = try await http.send(.post, "/api/v1/mentions", json: mention)
        XCTAssertEqual(first.status, 201, first.text)
        var again = mention
        again["url"] = "https://WWW.DELFI.LT/kultura/biblioteka/"
        let second = try await http.send(.post, "/api/v1/mentions", json: again)
        XCTAssertEqual(second.status, 200, second.text)
        XCTAssertEqual(second.json?["id"] as? String, first.json?["id"] as? String)
        let mentionId = try XCTUnwrap(first.json?["id"] as? String)
        let campaignId = UUID().uuidString
        let linked = try await http.send(.patch, "/api/v1/mentions/\(mentionId)", json: ["campaignId": campaignId])
        XCTAssertEqual((linked.json?["campaignId"] as? String)?.lowercased(), campaignId.lowercased(), linked.text)
        let byCampaign = try await http.get("/api/v1/mentions?campaignId=\(campaignId)")
        XCTAssertEqual(byCampaign.json?["total"] as? Int, 1, byCampaign.text)
        let unlinked = try await http.send(.patch, "/api/v1/mentions/\(mentionId)", rawBody: "{\"campaignId\":null}")
        XCTAssertTrue(unlinked.json?["campaignId"] is NSNull, unlinked.text)
        let coverage = try await http.get("/api/v1/mentions/coverage")
        let months = coverage.json?["months"] as? [[String: Any]] ?? []
        XCTAssertEqual(months.first?["month"] as? String, "2026-11", coverage.text)
        XCTAssertEqual(months.first?["reach"] as? Int, 4000, coverage.text)

        let release = try await http.send(.post, "/api/v1/press-releases", json: ["titleLt": "Naujienos", "bodyLt": "Tekstas"])
        XCTAssertEqual(release.status, 201, release.text)
        let releaseId = try XCTUnwrap(release.json?["id"] as? String)
        let edited = try await http.send(.patch, "/api/v1/press-releases/\(releaseId)", json: ["titleEn": "News", "bodyEn": "Text"])
        XCTAssertEqual(edited.json?["titleEn"] as? String, "News", edited.text)
        system.removeFolder()
    }
}
