import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import GatewayKit

/// The training part's CSV files of a session: enrolments and certificates.
final class TrainingExportsTests: XCTestCase {
    static let course = UUID(uuidString: "1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9")!
    static let session = UUID(uuidString: "2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901")!
    static let ids = (1...3).map { UUID(uuidString: "00000000-0000-4000-8000-00000000001\($0)")! }

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .training)
        try feed.apply(CourseCreated(courseId: course, details: TrainingSample.course("Ryšiai su žiniasklaida")))
        try feed.apply(TrainingSessionPlanned(sessionId: session, courseId: course, details: TrainingSample.session(capacity: 2)))
        let at = Sample.date("2026-11-02T09:00")
        let typed = Trainee(
            name: "@SUM(1+1)*cmd", institution: "-Kauno biblioteka", municipality: "Kauno miesto savivaldybė",
            email: "kaunas@example.lt")
        try feed.apply(EnrolmentAccepted(enrolmentId: ids[0], sessionId: session, trainee: TrainingSample.trainee("Ona"), enrolledAt: at))
        try feed.apply(EnrolmentAccepted(enrolmentId: ids[1], sessionId: session, trainee: typed, enrolledAt: at.addingTimeInterval(60)))
        try feed.apply(
            EnrolmentWaitlisted(
                enrolmentId: ids[2], sessionId: session, trainee: TrainingSample.trainee("Jonas"), enrolledAt: at.addingTimeInterval(120),
                position: 1))
        try feed.apply(TrainingAttendanceRecorded(enrolmentId: ids[0], sessionId: session, attendance: .present))
        try feed.apply(TrainingAttendanceRecorded(enrolmentId: ids[1], sessionId: session, attendance: .excused))
        try feed.apply(
            TrainingSample.certificate(code: "K7M2P9Q4R8ST", name: "Ona", enrolment: ids[0], session: session, course: course))
    }

    func testEnrolmentsRowByRow() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let response = try await client.execute(uri: "/api/v1/sessions/\(Self.session.uuidString)/enrolments.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/csv; charset=utf-8; header=present")
            XCTAssertEqual(
                response.headers[.contentDisposition],
                "attachment; filename=\"Rysiai su ziniasklaida 2026-12-03 _ dalyviai.csv\"; "
                    + "filename*=UTF-8''Ry%C5%A1iai%20su%20%C5%BEiniasklaida%202026-12-03%20%E2%80%93%20dalyviai.csv")
            let library = "Šiaulių apskrities Povilo Višinskio viešoji biblioteka"
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}enrolmentId,name,email,institution,municipality,status,position,enrolledAt,attendance",
                    "\(Self.ids[0].uuidString),Ona,ona@siauliai.lt,\(library),Šiaulių miesto savivaldybė,accepted,,2026-11-02T09:00:00+02:00,present",
                    "\(Self.ids[1].uuidString),'@SUM(1+1)*cmd,kaunas@example.lt,'-Kauno biblioteka,Kauno miesto savivaldybė,accepted,,2026-11-02T09:01:00+02:00,excused",
                    "\(Self.ids[2].uuidString),Jonas,jonas@siauliai.lt,\(library),Šiaulių miesto savivaldybė,waitlisted,1,2026-11-02T09:02:00+02:00,",
                    "",
                ])
        }
    }

    func testCertificatesWithTheirPublicVerificationLinkAndThePagesLinks() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            let response = try await client.execute(uri: "/api/v1/sessions/\(Self.session.uuidString)/certificates.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}code,name,institution,course,sessionStartsAt,issuedAt,verificationURL",
                    "K7M2P9Q4R8ST,Ona,Šiaulių apskrities Povilo Višinskio viešoji biblioteka,Ryšiai su žiniasklaida,"
                        + "2026-12-03T10:00:00+02:00,2026-12-03T16:30:00+02:00,http://127.0.0.1:8080/sertifikatai/K7M2P9Q4R8ST",
                    "",
                ])
            let path = "/api/v1/sessions/\(UUID().uuidString)/certificates.csv"
            try await client.execute(uri: path, method: .get).problem(.notFound, code: "not-found", instance: path)

            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Rūta Vaitkutė", email: "ruta@lnb.lt", role: "viewer")
            let page = try await viewer.get(client, "/mokymai/sesijos/\(Self.session.uuidString)")
            XCTAssertTrue(page.text.contains("/dalyviai.csv\" download>Dalyviai (CSV)</a>"), page.text)
            XCTAssertTrue(page.text.contains("/pazymejimai.csv\" download>Pažymėjimai (CSV)</a>"))
            let download = try await viewer.get(client, "/mokymai/sesijos/\(Self.session.uuidString)/pazymejimai.csv")
            XCTAssertEqual(download.text, response.text)
        }
    }
}
