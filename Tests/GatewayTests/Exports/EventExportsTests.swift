import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import GatewayKit

/// The events part's CSV files: registrations, attendance, the annual plan.
final class EventExportsTests: XCTestCase {
    static let eventId = UUID(uuidString: "6F1C2A3B-4D5E-4F60-8172-93A4B5C6D7E8")!
    static let ids = (1...4).map { UUID(uuidString: "00000000-0000-4000-8000-00000000000\($0)")! }
    static let planItem = UUID(uuidString: "0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9")!

    static func seed(_ fixture: ReadModelFixture) throws {
        try fixture.apply(
            PlanItemAdded(
                item: PlanItem(
                    id: planItem, year: 2026, title: "Knygų mugė", type: .fairParticipation, quarter: 4, organisingUnit: "Komunikacijos skyrius",
                    notes: "=1+1")))
        let details = Sample.details("Čiurlionio vakaras", capacity: 2, planItemId: planItem)
        try fixture.apply(EventProposed(eventId: eventId, details: details))
        try fixture.apply(EventApproved(eventId: eventId))
        try fixture.apply(EventScheduled(eventId: eventId, details: details))
        let at = Sample.date("2026-11-20T10:00")
        try fixture.apply(
            RegistrationAccepted(
                registrationId: ids[0], eventId: eventId,
                attendee: Attendee(name: "=HYPERLINK(\"http://x\",\"y\")", email: "x@example.lt"), registeredAt: at))
        try fixture.apply(
            RegistrationAccepted(
                registrationId: ids[1], eventId: eventId,
                attendee: Attendee(name: "Ona Žemaitė", email: "ona@example.lt", organisation: "Šiaulių biblioteka, skaitykla"),
                registeredAt: at.addingTimeInterval(60)))
        try fixture.apply(
            RegistrationWaitlisted(
                registrationId: ids[2], eventId: eventId, attendee: Attendee(name: "Jonas Jonaitis", email: "jonas@example.lt"),
                registeredAt: at.addingTimeInterval(120), position: 1))
        try fixture.apply(AttendanceRecorded(registrationId: ids[1], eventId: eventId, attended: true))
    }

    func testRegistrationsRowByRowWithTheFormulaNeutralised() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let response = try await client.execute(
                uri: "/api/v1/events/\(Self.eventId.uuidString)/registrations.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/csv; charset=utf-8; header=present")
            XCTAssertEqual(
                response.headers[.contentDisposition],
                "attachment; filename=\"Ciurlionio vakaras _ registracijos.csv\"; "
                    + "filename*=UTF-8''%C4%8Ciurlionio%20vakaras%20%E2%80%93%20registracijos.csv")
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}registrationId,name,email,organisation,status,position,registeredAt",
                    "\(Self.ids[0].uuidString),\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",x@example.lt,,accepted,,2026-11-20T10:00:00+02:00",
                    "\(Self.ids[1].uuidString),Ona Žemaitė,ona@example.lt,\"Šiaulių biblioteka, skaitykla\",accepted,,2026-11-20T10:01:00+02:00",
                    "\(Self.ids[2].uuidString),Jonas Jonaitis,jonas@example.lt,,waitlisted,1,2026-11-20T10:02:00+02:00",
                    "",
                ])
        }
    }

    func testAttendanceOfTheAcceptedOnly() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let response = try await client.execute(uri: "/api/v1/events/\(Self.eventId.uuidString)/attendance.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}registrationId,name,email,organisation,attended",
                    "\(Self.ids[0].uuidString),\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",x@example.lt,,",
                    "\(Self.ids[1].uuidString),Ona Žemaitė,ona@example.lt,\"Šiaulių biblioteka, skaitykla\",true",
                    "",
                ])
            let path = "/api/v1/events/\(UUID().uuidString)/attendance.csv"
            let unknown = try await client.execute(uri: path, method: .get)
            try unknown.problem(.notFound, code: "not-found", instance: path)
        }
    }

    func testTheAnnualPlanAndThePagesLinks() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            let response = try await client.execute(uri: "/api/v1/plans/2026/items.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}itemId,quarter,title,type,organisingUnit,notes,events,heldEvents,executed",
                    "\(Self.planItem.uuidString),4,Knygų mugė,fair-participation,Komunikacijos skyrius,'=1+1,1,0,false",
                    "",
                ])
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Rūta Vaitkutė", email: "ruta@lnb.lt", role: "viewer")
            let event = try await viewer.get(client, "/renginiai/\(Self.eventId.uuidString.lowercased())")
            let href = "/renginiai/\(Self.eventId.uuidString.lowercased())/registracijos.csv"
            XCTAssertTrue(event.text.contains("href=\"\(href)\" download>Registracijos (CSV)</a>"), event.text)
            XCTAssertTrue(event.text.contains("/lankomumas.csv\" download>Lankomumas (CSV)</a>"))
            let download = try await viewer.get(client, href)
            XCTAssertEqual(download.status, .ok)
            XCTAssertEqual(download.text.components(separatedBy: "\r\n").count, 5)
            let plan = try await viewer.get(client, "/renginiai/planas/2026")
            XCTAssertTrue(plan.text.contains("href=\"/renginiai/planas/2026/planas.csv\" download>Planas (CSV)</a>"))
            let planCSV = try await viewer.get(client, "/renginiai/planas/2026/planas.csv")
            XCTAssertEqual(planCSV.text, response.text)
        }
    }
}
