import Foundation
import MessageSchema
import XCTest

/// The brand flows with the real executables: an exhibition held through
/// HTTP gets its archive collection with no further command, and an asset
/// whose licence runs out in 5 days shows in the gateway's alerts.
final class BrandFlowTests: XCTestCase {
    func testAnExhibitionHeldGetsAnArchiveAndAnExpiringLicenceShowsInAlerts() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "events,brand"])
        defer { system.stopAll() }
        try system.start("komunika-events")
        try system.start("komunika-brand")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let http = system.http

        // An exhibition: proposed → approved → scheduled → held.
        let title = "Paroda „Lietuvos žemėlapiai per amžius“"
        let proposed = try await http.send(
            .post, "/api/v1/events", json: Fixtures.event(title: title, day: 20, type: "exhibition", hall: "Parodų erdvė"))
        XCTAssertEqual(proposed.status, 201, proposed.text)
        let eventId = try XCTUnwrap(proposed.json?["id"] as? String)
        for status in ["approved", "scheduled", "held"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }

        // Its archive collection appears with no further command.
        var collection: [String: Any] = [:]
        let opened = await eventually {
            let listing = try? await http.get("/api/v1/brand/collections?eventId=\(eventId)")
            guard let item = (listing?.json?["items"] as? [[String: Any]])?.first else { return false }
            collection = item
            return true
        }
        XCTAssertTrue(opened, "no archive collection for the exhibition; brand log:\n\(system.log(of: "komunika-brand").suffix(2000))")
        let eventUUID = try XCTUnwrap(UUID(uuidString: eventId))
        XCTAssertEqual(collection["id"] as? String, UUID(derivedFrom: "brand:archive:\(eventUUID)").uuidString)
        XCTAssertEqual(collection["title"] as? String, "Archyvas: \(title)")
        XCTAssertEqual((collection["eventId"] as? String)?.lowercased(), eventId.lowercased())
        XCTAssertEqual(collection["assetIds"] as? [String], [])

        // An asset of the exhibition, its file, approval, and a place in the archive.
        let asset = try await http.send(
            .post, "/api/v1/brand/assets",
            json: ["kind": "photo", "title": "Parodos atidarymas", "tags": ["paroda", "žemėlapiai"]])
        XCTAssertEqual(asset.status, 201, asset.text)
        let assetId = try XCTUnwrap(asset.json?["id"] as? String)
        let upload = try await http.send(
            .post, "/api/v1/brand/assets/\(assetId)/versions", rawBody: "Parodos atidarymo nuotraukų aprašas",
            headers: ["Content-Type": "text/plain; charset=utf-8"])
        XCTAssertEqual(upload.status, 201, upload.text)
        let file = try XCTUnwrap(upload.json?["file"] as? [String: Any])
        XCTAssertEqual(file["mimeType"] as? String, "text/plain")
        XCTAssertEqual((file["sha256"] as? String)?.count, 64)
        let approved = try await http.send(.post, "/api/v1/brand/assets/\(assetId)/review", json: ["decision": "approve"])
        XCTAssertEqual(approved.status, 200, approved.text)
        XCTAssertEqual(approved.json?["usable"] as? Bool, true)
        let collectionId = try XCTUnwrap(collection["id"] as? String)
        let added = try await http.send(.post, "/api/v1/brand/collections/\(collectionId)/assets", json: ["assetId": assetId])
        XCTAssertEqual(added.status, 200, added.text)
        XCTAssertEqual(added.json?["assetIds"] as? [String], [assetId])

        // A licence that runs out in 5 days is in the alerts.
        let expiresOn = CalendarDay(vilnius: Date()).adding(days: 5).description
        let licence = try await http.send(
            .post, "/api/v1/brand/assets/\(assetId)/licences",
            json: ["holder": "UAB „Fotografijos studija“", "terms": "Tik bibliotekos leidiniams", "expiresOn": expiresOn])
        XCTAssertEqual(licence.status, 201, licence.text)
        var alert: [String: Any] = [:]
        let warned = await eventually {
            let alerts = try? await http.get("/api/v1/alerts")
            guard let item = (alerts?.json?["items"] as? [[String: Any]])?.first(where: { $0["assetId"] as? String == assetId })
            else { return false }
            alert = item
            return true
        }
        XCTAssertTrue(warned, "no alert for the licence")
        XCTAssertEqual(alert["kind"] as? String, "licence-expiring")
        XCTAssertEqual(alert["assetTitle"] as? String, "Parodos atidarymas")
        XCTAssertEqual(alert["holder"] as? String, "UAB „Fotografijos studija“")
        XCTAssertEqual(alert["expiresOn"] as? String, expiresOn)
        XCTAssertEqual(alert["daysLeft"] as? Int, 5)

        // An operator's check as of the day after the expiry withdraws the asset from use.
        let dayAfter = CalendarDay(vilnius: Date()).adding(days: 6).description
        let check = try await http.send(.post, "/api/v1/brand/expiry-checks", json: ["asOf": dayAfter])
        XCTAssertEqual(check.status, 200, check.text)
        XCTAssertEqual(check.json?["withdrawn"] as? Int, 1)
        let withdrawn = try await http.get("/api/v1/brand/assets/\(assetId)")
        XCTAssertEqual(withdrawn.json?["status"] as? String, "withdrawn")
        XCTAssertEqual(withdrawn.json?["usable"] as? Bool, false)
        let usable = try await http.get("/api/v1/brand/assets?usable=true")
        XCTAssertEqual(usable.json?["total"] as? Int, 0)
        let alerts = try await http.get("/api/v1/alerts")
        let newest = (alerts.json?["items"] as? [[String: Any]])?.first
        XCTAssertEqual(newest?["kind"] as? String, "asset-withdrawn")
        XCTAssertEqual(newest?["assetId"] as? String, assetId)
        system.removeFolder()
    }

    /// The brand service was down while the exhibition was held: started
    /// again, it catches up from the events service and opens the archive,
    /// once, however often it is restarted.
    func testABrandServiceThatWasDownOpensTheArchiveWhenItComesBack() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "events,brand"])
        defer { system.stopAll() }
        try system.start("komunika-events")
        try system.start("komunika-brand")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let http = system.http
        system.kill("komunika-brand")

        let title = "Paroda „Knygų menas“"
        let proposed = try await http.send(
            .post, "/api/v1/events", json: Fixtures.event(title: title, day: 30, type: "exhibition", hall: "Parodų erdvė"))
        XCTAssertEqual(proposed.status, 201, proposed.text)
        let eventId = try XCTUnwrap(proposed.json?["id"] as? String)
        for status in ["approved", "scheduled", "held"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }

        try system.start("komunika-brand")
        let opened = await eventually {
            let listing = try? await http.get("/api/v1/brand/collections?eventId=\(eventId)")
            return (listing?.json?["total"] as? Int) == 1
        }
        XCTAssertTrue(opened, "no archive after the brand service came back; its log:\n\(system.log(of: "komunika-brand").suffix(2000))")
        system.kill("komunika-brand")
        try system.start("komunika-brand")
        try await Task.sleep(for: .seconds(2))
        let listing = try await http.get("/api/v1/brand/collections?eventId=\(eventId)")
        XCTAssertEqual(listing.json?["total"] as? Int, 1)
        XCTAssertEqual((listing.json?["items"] as? [[String: Any]])?.first?["title"] as? String, "Archyvas: \(title)")
        system.removeFolder()
    }
}
