import Foundation
import XCTest

/// 200 people register at once for 50 places: never oversold, the rest wait,
/// and a cancellation promotes the first on the waiting list.
final class CapacityTests: XCTestCase {
    func test200ConcurrentRegistrationsFor50PlacesThenCancellationPromotes() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http
        let created = try await http.send(
            .post, "/api/v1/events",
            json: Fixtures.event(title: "Kūrybinės dirbtuvės", day: 5, type: "educational-action", capacity: 50, hall: "Ąžuolo salė"))
        XCTAssertEqual(created.status, 201, created.text)
        let id = try XCTUnwrap(created.json?["id"] as? String)
        for status in ["approved", "scheduled"] {
            let moved = try await http.send(.post, "/api/v1/events/\(id)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }

        let statuses = try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<200 {
                group.addTask {
                    let result = try await http.send(.post, "/api/v1/events/\(id)/registrations", json: Fixtures.attendee(index))
                    XCTAssertEqual(result.status, 201, result.text)
                    return (index, result.json?["status"] as? String ?? "?")
                }
            }
            var all: [(Int, String)] = []
            for try await status in group { all.append(status) }
            return all
        }
        XCTAssertEqual(statuses.filter { $0.1 == "accepted" }.count, 50)
        XCTAssertEqual(statuses.filter { $0.1 == "waitlisted" }.count, 150)

        let event = try await http.get("/api/v1/events/\(id)")
        let counts = try XCTUnwrap(event.json?["registrations"] as? [String: Any])
        XCTAssertEqual(counts["accepted"] as? Int, 50)
        XCTAssertEqual(counts["waitlisted"] as? Int, 150)
        XCTAssertEqual(event.json?["placesLeft"] as? Int, 0)

        let listed = try await http.get("/api/v1/events/\(id)/registrations")
        let items = try XCTUnwrap(
            ((try JSONSerialization.jsonObject(with: listed.body)) as? [[String: Any]])
                ?? (listed.json?["items"] as? [[String: Any]]))
        let accepted = try XCTUnwrap(items.first { $0["status"] as? String == "accepted" }?["id"] as? String)
        let firstWaiting = try XCTUnwrap(
            items.filter { $0["status"] as? String == "waitlisted" }
                .min { ($0["position"] as? Int ?? .max) < ($1["position"] as? Int ?? .max) }?["id"] as? String)

        let cancelled = try await http.send(.delete, "/api/v1/events/\(id)/registrations/\(accepted)")
        XCTAssertEqual(cancelled.status, 200, cancelled.text)
        XCTAssertEqual((cancelled.json?["promotedRegistrationId"] as? String)?.lowercased(), firstWaiting.lowercased())

        let after = try await http.registrations(of: id)
        let byId = Dictionary(uniqueKeysWithValues: after.map { ($0.id, $0.status) })
        XCTAssertEqual(byId[firstWaiting.lowercased()], "accepted")
        XCTAssertEqual(byId[accepted.lowercased()], "cancelled")
        XCTAssertEqual(after.filter { $0.status == "accepted" }.count, 50)
        XCTAssertEqual(after.filter { $0.status == "waitlisted" }.count, 149)
        system.removeFolder()
    }
}
