import Foundation
import XCTest

/// Issue 9, defect 3: a create retried with the same `Idempotency-Key` (the
/// client lost the first answer) gets the first answer again — the service
/// returns the reply it stored — so the gateway must answer with the id in
/// that reply, not with the one it made up for the retry. Real processes:
/// media relations, brand, campaigns, training and the gateway.
final class RetriedCreateTests: XCTestCase {
    /// One create route: its path, a body, and the listing that counts what exists.
    struct Create {
        var path: String
        var body: [String: Any]
        var listing: String
        var location: String
    }

    func testRetriedCreateAnswersTheFirstIdAndCreatesOnce() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": "media-relations,brand,campaigns,training"
        ])
        defer {
            system.stopAll()
            system.removeFolder()
        }
        for executable in ["komunika-media-relations", "komunika-brand", "komunika-campaigns", "komunika-training", "komunika-gateway"] {
            try system.start(executable)
        }
        try await system.waitUntilReady()
        let http = system.http

        let journalist = try await createdTwice(
            Create(
                path: "/api/v1/contacts",
                body: ["kind": "journalist", "name": "Rūta Žemaitytė", "organisation": "LRT", "email": "ruta@lrt.lt", "topics": ["kultūra"]],
                listing: "/api/v1/contacts", location: "/api/v1/contacts/"), http)
        let course = try await createdTwice(
            Create(
                path: "/api/v1/courses",
                body: ["titleLt": "Ryšiai su žiniasklaida bibliotekoje", "description": "Pranešimai spaudai.", "topic": "media-relations"],
                listing: "/api/v1/courses", location: "/api/v1/courses/"), http)
        let creates = [
            Create(
                path: "/api/v1/contact-lists", body: ["name": "Kultūros žurnalistai"], listing: "/api/v1/contact-lists",
                location: "/api/v1/contact-lists/"),
            Create(
                path: "/api/v1/press-releases", body: ["titleLt": "Naujienos", "bodyLt": "Tekstas"], listing: "/api/v1/press-releases",
                location: "/api/v1/press-releases/"),
            Create(
                path: "/api/v1/visits",
                body: [
                    "date": "2027-01-12T11:00", "journalistId": journalist, "purpose": "Reportažas apie retų knygų skyrių", "host": "Ona Petraitė",
                ],
                listing: "/api/v1/visits", location: "/api/v1/visits/"),
            Create(
                path: "/api/v1/brand/assets", body: ["kind": "photo", "title": "Parodos atidarymas"], listing: "/api/v1/brand/assets",
                location: "/api/v1/brand/assets/"),
            Create(
                path: "/api/v1/brand/collections", body: ["title": "Parodų archyvas"], listing: "/api/v1/brand/collections",
                location: "/api/v1/brand/collections/"),
            Create(
                path: "/api/v1/brand/publications", body: ["kind": "informational", "title": "Metų ataskaita", "year": 2027],
                listing: "/api/v1/brand/publications", location: "/api/v1/brand/publications/"),
            Create(
                path: "/api/v1/campaigns",
                body: [
                    "nameLt": "Žiemos skaitymai", "goal": "Daugiau jaunų skaitytojų", "audience": "Studentai", "startsOn": "2026-12-01",
                    "endsOn": "2027-01-31", "channels": ["press"],
                ], listing: "/api/v1/campaigns", location: "/api/v1/campaigns/"),
            Create(
                path: "/api/v1/courses/\(course)/sessions",
                body: [
                    "startsAt": "2027-02-10T10:00", "endsAt": "2027-02-10T15:00",
                    "place": ["kind": "lithuania", "city": "Vilnius", "address": "Gedimino pr. 51"], "capacity": 2, "trainer": "Rūta Žemaitytė",
                ], listing: "/api/v1/courses/\(course)/sessions", location: "/api/v1/sessions/"),
        ]
        for create in creates { _ = try await createdTwice(create, http) }
    }

    /// Posts `create` twice under one key: both answers are 201 with the same
    /// id and `Location`, the `Location` reads 200, and the listing holds one. Returns the id.
    private func createdTwice(_ create: Create, _ http: HTTP, file: StaticString = #filePath, line: UInt = #line) async throws -> String {
        let key = "retried-\(UUID().uuidString)"
        let first = try await http.send(.post, create.path, json: create.body, headers: ["Idempotency-Key": key])
        XCTAssertEqual(first.status, 201, "\(create.path): \(first.text)", file: file, line: line)
        let id = try XCTUnwrap(first.json?["id"] as? String, "\(create.path): \(first.text)", file: file, line: line)
        XCTAssertEqual(first.headers[.location], create.location + id, create.path, file: file, line: line)

        let retried = try await http.send(.post, create.path, json: create.body, headers: ["Idempotency-Key": key])
        XCTAssertEqual(retried.status, 201, "\(create.path) retried: \(retried.text)", file: file, line: line)
        XCTAssertEqual(retried.json?["id"] as? String, id, "\(create.path) retried: \(retried.text)", file: file, line: line)
        XCTAssertEqual(retried.headers[.location], create.location + id, "\(create.path) retried", file: file, line: line)

        let shown = try await http.get(create.location + id)
        XCTAssertEqual(shown.status, 200, "\(create.location + id): \(shown.text)", file: file, line: line)
        XCTAssertEqual(shown.json?["id"] as? String, id, file: file, line: line)
        let listing = try await http.get(create.listing)
        let items = listing.json?["items"] as? [[String: Any]] ?? []
        XCTAssertEqual(items.map { $0["id"] as? String }, [id], "\(create.listing): \(listing.text)", file: file, line: line)
        return id
    }
}
