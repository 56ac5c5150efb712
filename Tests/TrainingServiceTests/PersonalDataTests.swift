import Foundation
import KomunikaTesting
import Logging
import MessageSchema
import ServiceKit
import TrainingService
import XCTest

final class PersonalDataTests: TrainingTestCase {
    let ona = Trainee(
        name: "Ona Žemaitė", institution: "Telšių Žemaitės viešoji biblioteka", municipality: "Telšių rajono savivaldybė",
        email: "ona.zemaite@telsiai.lt")

    /// A completed session where `ona` (present, certified) and trainee 2 (absent) were enrolled.
    private func completedSession(_ app: TrainingHarness) async throws -> (session: UUID, ona: UUID, other: UUID) {
        let session = try await app.session(capacity: 5)
        let enrolment = try await app.expectSuccess(EnrolTrainee(sessionId: session, trainee: ona)).enrolmentId
        let other = try await app.enrol(2, in: session).enrolmentId
        try await app.expectSuccess(RecordTrainingAttendance(sessionId: session, enrolmentId: enrolment, attendance: .present))
        try await app.expectSuccess(RecordTrainingAttendance(sessionId: session, enrolmentId: other, attendance: .absent))
        try await app.expectSuccess(TransitionTrainingSession(sessionId: session, to: .completed))
        return (session, enrolment, other)
    }

    func testExportShowsEnrolmentsAndCertificates() async throws {
        let app = try makeHarness()
        let (session, enrolment, _) = try await completedSession(app)

        let tables = try await app.eraser(TrainingPeople()).export(email: "Ona.Zemaite@Telsiai.LT")

        guard case .array(let enrolments)? = tables["enrolments"], case .array(let certificates)? = tables["certificates"],
            enrolments.count == 1, certificates.count == 1, case .object(let row) = enrolments[0],
            case .object(let certificate) = certificates[0]
        else { return XCTFail("expected one enrolment and one certificate, got \(tables)") }
        XCTAssertEqual(row["enrolmentId"], .string(enrolment.uuidString))
        XCTAssertEqual(row["sessionId"], .string(session.uuidString))
        XCTAssertEqual(row["name"], .string("Ona Žemaitė"))
        XCTAssertEqual(row["attendance"], .string("present"))
        XCTAssertEqual(certificate["name"], .string("Ona Žemaitė"))
        let issued = try await app.certificates(session)
        XCTAssertEqual(certificate["code"], .string(issued.first { $0.enrolmentId == enrolment }?.code ?? "?"))
    }

    func testErasureKeepsCountsAndCertificateCodesAndLeavesNoTraceInTheFile() async throws {
        let app = try makeHarness()
        let (session, enrolment, other) = try await completedSession(app)
        let countsBefore = try await app.counts(session)
        let certificate = try await app.certificates(session).first { $0.enrolmentId == enrolment }

        let erasure = try await app.eraser(TrainingPeople()).erase(email: "ona.zemaite@telsiai.lt", erasureId: UUID())

        XCTAssertEqual(
            Set(erasure.records),
            [ErasedRecord(.enrolment, enrolment), ErasedRecord(.certificate, try XCTUnwrap(certificate?.certificateId))])
        let countsAfter = try await app.counts(session)
        XCTAssertEqual(countsAfter, countsBefore)
        let row = try await app.row("SELECT * FROM enrolments WHERE id = ?", [enrolment.uuidString])
        XCTAssertEqual(row?["name"], "ištrinta")
        XCTAssertEqual(row?["email"], "")
        XCTAssertEqual(row?["attendance"], "present")
        XCTAssertEqual(row?["institution"], "Telšių Žemaitės viešoji biblioteka")
        let stored = try await app.certificates(session).first { $0.enrolmentId == enrolment }
        XCTAssertEqual(stored?.name, "ištrinta")
        XCTAssertEqual(stored?.code, certificate?.code)
        let issued = try await app.published(CertificateIssued.self).first { $0.enrolmentId == enrolment }
        XCTAssertEqual(issued?.name, "ištrinta")
        XCTAssertEqual(issued?.code, certificate?.code)
        let accepted = try await app.published(EnrolmentAccepted.self)
        XCTAssertEqual(accepted.map(\.trainee.name), ["ištrinta", "Bibliotekininkė 2"])
        XCTAssertEqual(accepted.first?.trainee.email, "")
        XCTAssertEqual(accepted.first?.trainee.municipality, "Telšių rajono savivaldybė")
        let otherRow = try await app.row("SELECT name FROM enrolments WHERE id = ?", [other.uuidString])
        XCTAssertEqual(otherRow?["name"], "Bibliotekininkė 2")
        for text in ["ona.zemaite@telsiai.lt", "Ona Žemaitė"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: app.folder), [], "\(text) is still in the files")
        }
    }

    func testRetentionKeepsTheNameOfACertifiedEnrolmentAndErasesTheRest() async throws {
        let app = try makeHarness()
        let (_, enrolment, other) = try await completedSession(app)
        let retention = PersonalDataRetention(eraser: app.eraser(TrainingPeople()), months: 12, logger: Logger(label: "test"))

        let early = await retention.expire(now: Sample.at("2027-12-02T12:00"))
        let erasure = await retention.expire(now: Sample.at("2027-12-04T12:00"))

        XCTAssertEqual(early.records, [])
        XCTAssertEqual(Set(erasure.records), [ErasedRecord(.enrolment, enrolment), ErasedRecord(.enrolment, other)])
        let rows = try await app.rows("SELECT name, email FROM enrolments ORDER BY enrolledAt")
        XCTAssertEqual(rows, [["name": "Ona Žemaitė", "email": ""], ["name": "ištrinta", "email": ""]])
        let certificate = try await app.row("SELECT name FROM certificates")
        XCTAssertEqual(certificate?["name"], "Ona Žemaitė")
        XCTAssertEqual(try SQLiteTraces.filesContaining("ona.zemaite@telsiai.lt", in: app.folder), [])
        XCTAssertEqual(try SQLiteTraces.filesContaining("bibliotekininke2@kaunas.lt", in: app.folder), [])
    }
}
