import Foundation
import KomunikaTesting
import MediaRelationsService
import MessageSchema
import ServiceKit
import XCTest

final class PersonalDataTests: MediaRelationsTestCase {
    func testAJournalistsContactIsErasedAndTheirVisitStaysCounted() async throws {
        let app = try makeHarness()
        let contact = UUID()
        try await app.expectSuccess(
            CreateContact(
                contactId: contact,
                details: ContactDetails(
                    kind: .journalist, name: "Julija Žemaitė", organisation: "LRT", topics: ["kultūra"],
                    email: "julija.zemaite@lrt.lt", phone: "+370 600 12345", notes: "Julija Žemaitė rašo apie parodas")))
        let outlet = UUID()
        try await app.expectSuccess(
            CreateContact(
                contactId: outlet,
                details: ContactDetails(kind: .mediaOutlet, name: "LRT Kultūra", topics: [], email: "julija.zemaite@lrt.lt")))
        let visit = UUID()
        try await app.expectSuccess(
            RequestVisit(
                visitId: visit,
                details: VisitDetails(date: Date(), journalistId: contact, purpose: "Reportažas apie fondus", host: "Ona Petraitė")))

        let exported = try await app.eraser(MediaRelationsPeople()).export(email: "julija.zemaite@lrt.lt")
        let erasure = try await app.eraser(MediaRelationsPeople()).erase(email: "julija.zemaite@lrt.lt", erasureId: UUID())

        guard case .array(let contacts)? = exported["contacts"], case .array(let visits)? = exported["visits"] else {
            return XCTFail("expected contacts and visits, got \(exported)")
        }
        XCTAssertEqual(contacts.count, 2)
        XCTAssertEqual(visits.count, 1)
        XCTAssertEqual(Set(erasure.records), [ErasedRecord(.contact, contact), ErasedRecord(.contact, outlet)])
        let rows = try await app.rows("SELECT id, name, email, phone, notes, organisation FROM contacts ORDER BY kind")
        XCTAssertEqual(
            rows,
            [
                ["id": contact.uuidString, "name": "ištrinta", "organisation": "LRT"],
                ["id": outlet.uuidString, "name": "LRT Kultūra"],
            ])
        let visits2 = try await app.count("visits")
        XCTAssertEqual(visits2, 1)
        let created = try await app.published(ContactCreated.self)
        XCTAssertEqual(created.map(\.details.name), ["ištrinta", "LRT Kultūra"])
        XCTAssertEqual(created.first?.details.phone, "")
        for text in ["julija.zemaite@lrt.lt", "Julija Žemaitė", "+370 600 12345"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: app.folder), [], "\(text) is still in the files")
        }
    }
}
