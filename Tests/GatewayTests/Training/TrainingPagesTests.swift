import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayTraining

/// The training pages through the router, with real accounts and a real
/// read model: courses, a held session with its participants, waiting list
/// and certificates, the printable certificate, the forms' messages and the
/// service's refusal (the fixture has no services: 503) shown on the page.
final class TrainingPagesTests: XCTestCase {
    static let courseId = UUID()
    static let sessionId = UUID()
    static let plannedId = UUID()
    static let code = "ABCD2345EFGH"

    /// A course; a session on 24 February 2027, 10:00–16:00, held, where Ona was present
    /// (her certificate issued) and Jonas absent; a planned session with one place, Petras
    /// in it and Rasa waiting.
    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .training)
        try feed.apply(CourseCreated(courseId: courseId, details: TrainingSample.course("Ryšiai su žiniasklaida")))
        let held = TrainingSessionDetails(
            startsAt: Sample.date("2027-02-24T10:00"), endsAt: Sample.date("2027-02-24T16:00"),
            place: TrainingPlace(kind: .lithuania, city: "Vilnius", address: "Gedimino pr. 51"), capacity: 10,
            trainer: "Rūta Žemaitytė")
        try feed.apply(TrainingSessionPlanned(sessionId: sessionId, courseId: courseId, details: held))
        let ona = UUID()
        let jonas = UUID()
        try feed.apply(EnrolmentAccepted(enrolmentId: ona, sessionId: sessionId, trainee: TrainingSample.trainee("Ona"), enrolledAt: Date()))
        try feed.apply(
            EnrolmentAccepted(enrolmentId: jonas, sessionId: sessionId, trainee: TrainingSample.trainee("Jonas"), enrolledAt: Date()))
        try feed.apply(TrainingAttendanceRecorded(enrolmentId: ona, sessionId: sessionId, attendance: .present))
        try feed.apply(TrainingAttendanceRecorded(enrolmentId: jonas, sessionId: sessionId, attendance: .absent))
        try feed.apply(
            TrainingSessionCompleted(
                sessionId: sessionId, courseId: courseId, courseTitleLt: "Ryšiai su žiniasklaida",
                endedAt: Sample.date("2027-02-24T16:00"), presentEnrolmentIds: [ona]))
        var certificate = TrainingSample.certificate(code: code, name: "Ona", enrolment: ona, session: sessionId, course: courseId)
        certificate.sessionStartsAt = held.startsAt
        certificate.issuedAt = Sample.date("2027-02-24T16:30")
        try feed.apply(certificate)

        var later = held
        later.startsAt = Sample.date("2027-05-12T10:00")
        later.endsAt = Sample.date("2027-05-12T13:30")
        later.capacity = 1
        try feed.apply(TrainingSessionPlanned(sessionId: plannedId, courseId: courseId, details: later))
        try feed.apply(
            EnrolmentAccepted(enrolmentId: UUID(), sessionId: plannedId, trainee: TrainingSample.trainee("Petras"), enrolledAt: Date()))
        try feed.apply(
            EnrolmentWaitlisted(
                enrolmentId: UUID(), sessionId: plannedId, trainee: TrainingSample.trainee("Rasa"), enrolledAt: Date(), position: 1))
    }

    static var course: String { "/mokymai/\(courseId.uuidString.lowercased())" }
    static var held: String { "/mokymai/sesijos/\(sessionId.uuidString.lowercased())" }
    static var planned: String { "/mokymai/sesijos/\(plannedId.uuidString.lowercased())" }

    func testAViewerReadsCoursesSessionsAndTheCertificateWithNoFormThatChangesAnything() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            let list = try await viewer.get(client, "/mokymai")
            XCTAssertEqual(list.status, .ok)
            XCTAssertTrue(list.text.contains("Ryšiai su žiniasklaida"), list.text)
            XCTAssertFalse(list.text.contains("/mokymai/naujas"))

            let course = try await viewer.get(client, Self.course)
            XCTAssertEqual(course.status, .ok)
            XCTAssertTrue(course.text.contains("2027 m. vasario 24 d. 10:00"), course.text)
            XCTAssertFalse(course.text.contains("/sesijos\" class=\"card\""), "no planning form")

            let held = try await viewer.get(client, Self.held)
            XCTAssertEqual(held.status, .ok)
            XCTAssertTrue(held.text.contains("<dd>6 val.</dd>"), held.text)
            XCTAssertTrue(held.text.contains(#"<a href="/mokymai/pazymejimai/ABCD2345EFGH">ABCD2345EFGH</a>"#))
            let planned = try await viewer.get(client, Self.planned)
            XCTAssertTrue(planned.text.contains(#"<table id="laukiantieji">"#), planned.text)
            XCTAssertTrue(planned.text.contains("Rasa"))
            for page in [list, course, held, planned] {
                XCTAssertFalse(page.text.contains(#"method="post" action="/mokymai"#), page.text)
            }

            let sheet = try await viewer.get(client, "/mokymai/pazymejimai/\(Self.code)")
            XCTAssertEqual(sheet.status, .ok)
            XCTAssertTrue(sheet.text.contains(#"<p class="certificate-library">Lietuvos nacionalinė Martyno Mažvydo biblioteka</p>"#))
            XCTAssertTrue(sheet.text.contains(#"<dd id="pazymejimo-kodas"><strong>ABCD2345EFGH</strong></dd>"#), sheet.text)
            XCTAssertTrue(sheet.text.contains(#"<dd id="pazymejimo-valandos">6 val.</dd>"#))
            XCTAssertTrue(sheet.text.contains(#"<dd id="pazymejimo-data">2027 m. vasario 24 d.</dd>"#))
            XCTAssertTrue(sheet.text.contains("„Ryšiai su žiniasklaida“"))
            XCTAssertTrue(sheet.text.contains("http://127.0.0.1:8080/sertifikatai/ABCD2345EFGH"))
            let forged = try await viewer.post(client, Self.held + "/ivyko", [])
            XCTAssertEqual(forged.status, .forbidden)
        }
    }

    func testTheEnglishSwitchShowsEnglishWords() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            viewer.cookies["kalba"] = "en"
            let sheet = try await viewer.get(client, "/mokymai/pazymejimai/\(Self.code)")
            XCTAssertTrue(sheet.text.contains("Martynas Mažvydas National Library of Lithuania"), sheet.text)
            XCTAssertTrue(sheet.text.contains(#"<dd id="pazymejimo-valandos">6 h</dd>"#))
            XCTAssertTrue(sheet.text.contains("24 February 2027"))
            let held = try await viewer.get(client, Self.held)
            XCTAssertTrue(held.text.contains("Participants"), held.text)
        }
    }

    func testAnEditorGetsOneClickAttendanceAndMissingFieldsAreSaidNextToThem() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Redaktorė Redaktorienė", email: "editor@example.lt", role: "editor")
            let planned = try await editor.get(client, Self.planned)
            XCTAssertTrue(planned.text.contains(#"<input type="hidden" name="attendance" value="present">"#), planned.text)

            let missing = try await editor.post(
                client, Self.planned + "/dalyviai", [("name", "Aldona"), ("institution", "Kauno biblioteka"), ("email", "aldona@kaunas.lt")])
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(
                missing.text.contains(#"<p class="field-error" id="municipality-klaida">Pasirinkite savivaldybę iš sąrašo.</p>"#), missing.text)
            XCTAssertTrue(missing.text.contains(#"aria-invalid="true" aria-describedby="municipality-klaida""#))
            XCTAssertTrue(missing.text.contains(#"value="Aldona""#), "the form keeps what was typed")

            let untitled = try await editor.post(client, "/mokymai/naujas", [("titleLt", ""), ("topic", "marketing")])
            XCTAssertEqual(untitled.status, .unprocessableContent)
            XCTAssertTrue(untitled.text.contains(#"<p class="field-error" id="titleLt-klaida">Įveskite kurso pavadinimą.</p>"#), untitled.text)
        }
    }

    func testAWriteTheTrainingServiceCannotReceiveShowsItsMessageWith503() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Redaktorė Redaktorienė", email: "editor@example.lt", role: "editor")
            _ = try await editor.get(client, "/mokymai/naujas")
            let created = try await editor.post(client, "/mokymai/naujas", [("titleLt", "Socialiniai tinklai"), ("topic", "marketing")])
            XCTAssertEqual(created.status, .serviceUnavailable, created.text)
            XCTAssertTrue(created.text.contains(Self.unavailable), created.text)
            XCTAssertTrue(created.text.contains(#"value="Socialiniai tinklai""#))
            _ = try await editor.get(client, Self.planned)
            let marked = try await editor.post(client, Self.planned + "/ivyko", [])
            XCTAssertEqual(marked.status, .serviceUnavailable)
            XCTAssertTrue(marked.text.contains(Self.unavailable), marked.text)
        }
    }

    static let unavailable = "Mokymų tarnyba atsakė: no connection to training is configured"

    func testTheReportHasParticipantsByMunicipalityAndTheSearchFindsTheCourse() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            let report = try await viewer.get(client, "/ataskaitos/2027")
            XCTAssertTrue(report.text.contains(#"<div class="value" id="ataskaita-mokymai-ivyko">1</div>"#), report.text)
            XCTAssertTrue(report.text.contains(#"<tr><th scope="row">Šiaulių miesto savivaldybė</th><td class="number">1</td></tr>"#))
            XCTAssertTrue(report.text.contains(#"<div class="value" id="ataskaita-pazymejimai">1</div>"#))
            let search = try await viewer.get(client, "/paieska?q=ziniasklaida")
            XCTAssertTrue(search.text.contains("/mokymai/\(Self.courseId.uuidString.lowercased())"), search.text)
            let home = try await viewer.get(client, "/")
            XCTAssertTrue(home.text.contains(#"id="pradzia-pazymejimai""#), home.text)
        }
    }
}
