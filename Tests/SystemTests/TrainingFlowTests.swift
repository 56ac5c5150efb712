import Foundation
import XCTest

/// The training service and the gateway as real processes: a course, a
/// session of two places with three enrolments, a cancellation promoting the
/// waiting one, attendance, completion; certificates for those present only,
/// verified at the public endpoint.
final class TrainingFlowTests: XCTestCase {
    func testEnrolmentWaitingListAttendanceCompletionAndCertificates() async throws {
        let system = try SystemUnderTest(extraEnvironment: ["KOMUNIKA_GATEWAY_SOURCES": "training"])
        defer { system.stopAll() }
        try system.start("komunika-training")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let http = system.http

        let course = try await http.send(
            .post, "/api/v1/courses",
            json: [
                "titleLt": "Ryšiai su žiniasklaida bibliotekoje", "titleEn": "Media relations in a library",
                "description": "Pranešimai spaudai, interviu, krizių komunikacija.", "topic": "media-relations",
            ])
        XCTAssertEqual(course.status, 201, course.text)
        let courseId = try XCTUnwrap(course.json?["id"] as? String)
        XCTAssertEqual(course.json?["titleLt"] as? String, "Ryšiai su žiniasklaida bibliotekoje")

        let session = try await http.send(
            .post, "/api/v1/courses/\(courseId)/sessions",
            json: [
                "startsAt": "2027-02-10T10:00", "endsAt": "2027-02-10T15:00",
                "place": ["kind": "lithuania", "city": "Vilnius", "address": "Gedimino pr. 51"],
                "capacity": 2, "trainer": "Rūta Žemaitytė",
            ])
        XCTAssertEqual(session.status, 201, session.text)
        let sessionId = try XCTUnwrap(session.json?["id"] as? String)
        XCTAssertEqual(session.json?["startsAt"] as? String, "2027-02-10T10:00:00+02:00")

        var enrolments: [String] = []
        for (index, name) in ["Ona Šimkutė", "Jonas Žukauskas", "Aldona Čepaitė"].enumerated() {
            let enrolled = try await http.send(
                .post, "/api/v1/sessions/\(sessionId)/enrolments",
                json: [
                    "name": name, "institution": "Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešoji biblioteka",
                    "municipality": "Panevėžio miesto savivaldybė", "email": "darbuotojas\(index)@pavb.lt",
                ])
            XCTAssertEqual(enrolled.status, 201, enrolled.text)
            XCTAssertEqual(enrolled.json?["status"] as? String, index < 2 ? "accepted" : "waitlisted")
            XCTAssertEqual(enrolled.json?["position"] as? Int, index < 2 ? nil : 1)
            enrolments.append(try XCTUnwrap(enrolled.json?["id"] as? String))
        }
        let twice = try await http.send(
            .post, "/api/v1/sessions/\(sessionId)/enrolments",
            json: ["name": "Ona", "institution": "PAVB", "municipality": "Panevėžio miesto savivaldybė", "email": "DARBUOTOJAS0@pavb.lt"])
        XCTAssertEqual(twice.status, 409, twice.text)
        XCTAssertEqual(twice.contentType, "application/problem+json")

        let cancelled = try await http.send(.delete, "/api/v1/sessions/\(sessionId)/enrolments/\(enrolments[0])")
        XCTAssertEqual(cancelled.status, 200, cancelled.text)
        XCTAssertEqual((cancelled.json?["promotedEnrolmentId"] as? String)?.lowercased(), enrolments[2].lowercased())

        let present = try await http.send(
            .put, "/api/v1/sessions/\(sessionId)/enrolments/\(enrolments[1])/attendance", json: ["attendance": "present"])
        XCTAssertEqual(present.status, 200, present.text)
        XCTAssertEqual(present.json?["attendance"] as? String, "present")
        let early = try await http.send(.post, "/api/v1/sessions/\(sessionId)/transitions", json: ["to": "completed"])
        XCTAssertEqual(early.status, 409, early.text)
        XCTAssertTrue(early.text.contains("Aldona Čepaitė"), early.text)
        let absent = try await http.send(
            .put, "/api/v1/sessions/\(sessionId)/enrolments/\(enrolments[2])/attendance", json: ["attendance": "absent"])
        XCTAssertEqual(absent.status, 200, absent.text)

        let completed = try await http.send(.post, "/api/v1/sessions/\(sessionId)/transitions", json: ["to": "completed"])
        XCTAssertEqual(completed.status, 200, completed.text)
        XCTAssertEqual(completed.json?["status"] as? String, "completed")

        let listed = try await http.get("/api/v1/sessions/\(sessionId)/certificates")
        XCTAssertEqual(listed.status, 200, listed.text)
        let certificates = try XCTUnwrap(listed.json?["items"] as? [[String: Any]])
        XCTAssertEqual(certificates.compactMap { $0["name"] as? String }, ["Jonas Žukauskas"])
        XCTAssertEqual((certificates.first?["enrolmentId"] as? String)?.lowercased(), enrolments[1].lowercased())
        let code = try XCTUnwrap(certificates.first?["code"] as? String)
        XCTAssertEqual(code.count, 12)

        let verified = try await http.get("/api/v1/certificates/\(code)")
        XCTAssertEqual(verified.status, 200, verified.text)
        XCTAssertEqual(verified.json?["valid"] as? Bool, true)
        XCTAssertEqual(verified.json?["name"] as? String, "Jonas Žukauskas")
        XCTAssertEqual(verified.json?["courseTitleLt"] as? String, "Ryšiai su žiniasklaida bibliotekoje")
        XCTAssertEqual(verified.json?["sessionDate"] as? String, "2027-02-10")
        let unknown = try await http.get("/api/v1/certificates/AAAAAAAAAAAA")
        XCTAssertEqual(unknown.status, 404, unknown.text)
        XCTAssertEqual(unknown.contentType, "application/problem+json")

        // The service's own file agrees: one certificate, for the one present.
        let file = try ServiceFile(path: system.databasePath(of: "training"))
        XCTAssertEqual(try file.strings("SELECT name FROM certificates"), ["Jonas Žukauskas"])
        XCTAssertEqual(try file.int("SELECT COUNT(*) FROM outbox WHERE type = 'training.session-completed'"), 1)
        system.removeFolder()
    }
}
