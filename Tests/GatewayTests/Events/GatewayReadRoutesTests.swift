import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

final class GatewayReadRoutesTests: XCTestCase {
    func testHealthAndReadiness() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(try response.json()["status"] as? String, "ok")
            }
            try await client.execute(uri: "/readyz", method: .get) { XCTAssertEqual($0.status, .ok) }
        }
        try await GatewayHTTP.test(ready: false) { client in
            try await client.execute(uri: "/readyz", method: .get) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: "/readyz")
                XCTAssertNotNil(response.headers[.retryAfter])
            }
        }
    }

    func testUnknownRouteAndWrongMethodAreProblems() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/nothing", method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: "/api/v1/nothing")
            }
            try await client.execute(uri: "/api/v1/events", method: .delete) { response in
                let body = try response.problem(.methodNotAllowed, code: "method-not-allowed", instance: "/api/v1/events")
                XCTAssertEqual(response.headers[.allow], "GET, POST, HEAD")
                XCTAssertEqual(body["allowed"] as? [String], ["GET", "POST", "HEAD"])
            }
            try await client.execute(uri: "/healthz", method: .post) { response in
                try response.problem(.methodNotAllowed, code: "method-not-allowed", instance: "/healthz")
            }
            try await client.execute(uri: "/api/v1/events/\(UUID().uuidString)", method: .put) { response in
                XCTAssertEqual(response.status, .methodNotAllowed)
                XCTAssertEqual(response.headers[.allow], "GET, PATCH, HEAD")
            }
        }
    }

    func testBadQueryParametersAre400() async throws {
        let cases = [
            ("limit=abc", "limit"), ("limit=0", "limit"), ("offset=-1", "offset"), ("from=notadate", "from"),
            ("to=2026-13-01", "to"), ("status=finished", "status"), ("type=party", "type"), ("sort=price", "sort"),
            ("colour=red", "colour"), ("from=2026-12-02&to=2026-12-01", "to"), ("limit=1&limit=2", "limit"),
            ("q=%ZZ", "q"),
        ]
        try await GatewayHTTP.test { client in
            for (query, parameter) in cases {
                try await client.execute(uri: "/api/v1/events?\(query)", method: .get) { response in
                    let body = try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/events")
                    XCTAssertEqual(body["parameter"] as? String, parameter, query)
                }
            }
            try await client.execute(uri: "/api/v1/events?status=finished", method: .get) { response in
                XCTAssertEqual(try response.json()["allowed"] as? [String], EventStatus.allCases.map(\.rawValue))
            }
            try await client.execute(uri: "/api/v1/stats/demand?year=abc", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/stats/demand")
            }
            try await client.execute(uri: "/api/v1/calendar.ics?from=yesterday", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/calendar.ics")
            }
        }
    }

    func testEventListAndOneEvent() async throws {
        let ids = [UUID(), UUID(), UUID()]
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            try fixture.apply(
                EventProposed(
                    eventId: ids[0], details: Sample.details("Knygų mugė", starts: "2026-12-01T18:00", ends: "2026-12-01T20:00", capacity: 30)))
            try fixture.apply(
                EventProposed(eventId: ids[1], details: Sample.details("Čiurlionio vakaras", starts: "2026-12-02T18:00", ends: "2026-12-02T20:00")))
            try fixture.apply(
                EventProposed(eventId: ids[2], details: Sample.details("Atidarymas", starts: "2026-12-03T18:00", ends: "2026-12-03T20:00")))
            try fixture.apply(RegistrationAccepted(registrationId: UUID(), eventId: ids[0], attendee: Sample.attendee("Ona"), registeredAt: Date()))
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/events?limit=2", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 3)
                XCTAssertEqual(body["limit"] as? Int, 2)
                XCTAssertEqual(body["offset"] as? Int, 0)
                let items = try XCTUnwrap(body["items"] as? [[String: Any]])
                XCTAssertEqual(items.compactMap { $0["id"] as? String }, [ids[0], ids[1]].map(\.uuidString))
                let first = items[0]
                XCTAssertEqual(first["startsAt"] as? String, "2026-12-01T18:00:00+02:00")
                XCTAssertEqual(first["status"] as? String, "proposed")
                XCTAssertEqual((first["title"] as? [String: Any])?["lt"] as? String, "Knygų mugė")
                XCTAssertEqual((first["registrations"] as? [String: Int])?["accepted"], 1)
                XCTAssertEqual(first["placesLeft"] as? Int, 29)
                XCTAssertTrue(items[1]["capacity"] is NSNull, "absent members are null")
            }
            try await client.execute(uri: "/api/v1/events?sort=title", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                XCTAssertEqual(
                    items.compactMap { ($0["title"] as? [String: Any])?["lt"] as? String }, ["Atidarymas", "Čiurlionio vakaras", "Knygų mugė"])
            }
            try await client.execute(uri: "/api/v1/events?q=knygu+mug&from=2026-12-01&to=2026-12-02", method: .get) { response in
                XCTAssertEqual(try response.json()["total"] as? Int, 1)
            }
            try await client.execute(uri: "/api/v1/events/\(ids[1].uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(try response.json()["id"] as? String, ids[1].uuidString)
            }
            let unknown = "/api/v1/events/\(UUID().uuidString)"
            try await client.execute(uri: unknown, method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: unknown)
            }
            try await client.execute(uri: "/api/v1/events/not-a-uuid", method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: "/api/v1/events/not-a-uuid")
            }
            try await client.execute(uri: "/api/v1/events/\(ids[0].uuidString)/registrations", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                XCTAssertEqual(items.first?["name"] as? String, "Ona")
                XCTAssertEqual(items.first?["status"] as? String, "accepted")
            }
            try await client.execute(uri: "/api/v1/events/\(UUID().uuidString)/registrations", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    func testPlansStatsAndCalendar() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/plans/2026", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let quarters = try XCTUnwrap(try response.json()["quarters"] as? [[String: Any]])
                XCTAssertEqual(quarters.count, 4)
                XCTAssertTrue(quarters[0]["executionRate"] is NSNull)
            }
            try await client.execute(uri: "/api/v1/plans/twenty", method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: "/api/v1/plans/twenty")
            }
            try await client.execute(uri: "/api/v1/stats/demand?year=2026", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let body = try response.json()
                XCTAssertEqual((body["byMonth"] as? [Any])?.count, 12)
                XCTAssertEqual((body["byType"] as? [Any])?.count, EventType.allCases.count)
            }
            try await client.execute(uri: "/api/v1/calendar.ics", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "text/calendar; charset=utf-8")
                XCTAssertTrue(response.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            }
        }
    }
}
