import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import SignedLinks
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayTraining

/// The public training pages through the router, with no account and a real
/// read model: the catalogue with upcoming sessions only, a course's page,
/// the enrolment form's messages next to the fields in both languages, the
/// cancel link's page, and the certificate check (the fixture has no
/// training service: a command that gets past the form is answered 503).
final class PublicTrainingPagesTests: XCTestCase {
    static let courseId = UUID()
    static let otherCourseId = UUID()
    static let upcomingId = UUID()
    static let fullId = UUID()
    static let pastId = UUID()
    static let onaId = UUID()
    static let cancelledId = UUID()

    /// "Ryšiai su žiniasklaida" with a session on 12 March 2030 (10 places, Ona in one), a full
    /// online one on 2 April 2030, and one on 24 February 2020 (long past); "Socialiniai tinklai"
    /// with no session; Ona's certificate of the past one.
    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .training)
        try feed.apply(
            CourseCreated(courseId: courseId, details: TrainingSample.course("Ryšiai su žiniasklaida", description: "Kaip kalbėti su žurnalistais.")))
        try feed.apply(CourseCreated(courseId: otherCourseId, details: TrainingSample.course("Socialiniai tinklai", topic: .socialCommunication)))
        func session(_ id: UUID, _ starts: String, _ ends: String, capacity: Int, online: Bool = false) throws {
            var details = TrainingSample.session(capacity: capacity, online: online)
            details.startsAt = Sample.date(starts)
            details.endsAt = Sample.date(ends)
            try feed.apply(TrainingSessionPlanned(sessionId: id, courseId: courseId, details: details))
        }
        try session(upcomingId, "2030-03-12T10:00", "2030-03-12T16:00", capacity: 10)
        try session(fullId, "2030-04-02T13:00", "2030-04-02T15:30", capacity: 1, online: true)
        try session(pastId, "2020-02-24T10:00", "2020-02-24T16:00", capacity: 10)
        try feed.apply(EnrolmentAccepted(enrolmentId: onaId, sessionId: upcomingId, trainee: TrainingSample.trainee("Ona"), enrolledAt: Date()))
        try feed.apply(EnrolmentAccepted(enrolmentId: UUID(), sessionId: fullId, trainee: TrainingSample.trainee("Petras"), enrolledAt: Date()))
        try feed.apply(
            EnrolmentAccepted(enrolmentId: cancelledId, sessionId: upcomingId, trainee: TrainingSample.trainee("Rasa"), enrolledAt: Date()))
        try feed.apply(EnrolmentCancelled(enrolmentId: cancelledId, sessionId: upcomingId, previousStatus: .accepted))
        var certificate = TrainingSample.certificate(code: "K7P29XQ4MN3R", name: "Ona Šimkutė", enrolment: onaId, session: pastId, course: courseId)
        certificate.sessionStartsAt = Sample.date("2020-02-24T10:00")
        certificate.issuedAt = Sample.date("2020-02-24T16:30")
        try feed.apply(certificate)
    }

    static func path(_ id: UUID) -> String { id.uuidString.lowercased() }
    static var upcomingForm: String { "/kursai/sesijos/\(path(upcomingId))/registracija" }

    static func cancelLink(_ enrolment: UUID, secret: LinkSecret = GatewayHTTP.linkSecret) -> String {
        "/kursai/atsaukti/" + SignedLink(.cancelEnrolment, subject: path(enrolment)).token(secret: secret)
    }

    func testTheCatalogueShowsEachCourseWithItsUpcomingSessionsOnly() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let page = try await visitor.get(client, "/kursai")
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains("<h1>Mokymai bibliotekininkams</h1>"), page.text)
            XCTAssertTrue(page.text.contains(#"<a href="/kursai/\#(Self.path(Self.courseId))">Ryšiai su žiniasklaida</a>"#), page.text)
            XCTAssertTrue(page.text.contains("<dd>2030 m. kovo 12 d. 10:00–16:00</dd>"), page.text)
            XCTAssertTrue(page.text.contains(#"<dd class="places-left">9</dd>"#), "10 places, Ona in one")
            XCTAssertTrue(page.text.contains("<dd>2030 m. balandžio 2 d. 13:00–15:30</dd>"), page.text)
            XCTAssertTrue(page.text.contains("<dd>Nuotoliu</dd>"), "an online session's link is for those enrolled")
            XCTAssertFalse(page.text.contains("meet.lnb.lt"))
            XCTAssertTrue(page.text.contains("Vietų neliko – galite įsirašyti į laukiančiųjų sąrašą"))
            XCTAssertFalse(page.text.contains("2020 m. vasario 24 d."), "a past session is not offered")
            XCTAssertTrue(page.text.contains(#"href="/kursai/sesijos/\#(Self.path(Self.upcomingId))/registracija""#))
            XCTAssertTrue(page.text.contains("Naujų datų dar nepaskelbta."), "Socialiniai tinklai has none")
            XCTAssertFalse(page.text.contains("Ona"), "nobody's name is public")
            XCTAssertFalse(page.text.contains(#"action="/atsijungimas""#), "no account, no sign-out")

            visitor.cookies["kalba"] = "en"
            let english = try await visitor.get(client, "/kursai")
            XCTAssertTrue(english.text.contains("<h1>Courses for librarians</h1>"), english.text)
            XCTAssertTrue(english.text.contains("<dd>12 March 2030, 10:00–16:00</dd>"), english.text)
            XCTAssertTrue(english.text.contains("<dd>Online</dd>"))
        }
    }

    func testACoursePageShowsItsDescriptionAndUpcomingSessions() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let page = try await client.execute(uri: "/kursai/\(Self.path(Self.courseId))", method: .get)
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains("<h1>Ryšiai su žiniasklaida</h1>"), page.text)
            XCTAssertTrue(page.text.contains(#"<p class="prose">Kaip kalbėti su žurnalistais.</p>"#))
            XCTAssertTrue(page.text.contains("<dd>2030 m. kovo 12 d. 10:00–16:00</dd>"))
            XCTAssertFalse(page.text.contains("2020 m."))
            let unknown = try await client.execute(uri: "/kursai/\(UUID().uuidString)", method: .get)
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertTrue(unknown.text.contains("Tokio kurso nėra."), unknown.text)
        }
    }

    func testTheFormListsTheSixtyMunicipalitiesAndLinksThePrivacyNotice() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let form = try await client.execute(uri: Self.upcomingForm, method: .get)
            XCTAssertEqual(form.status, .ok, form.text)
            XCTAssertEqual(form.text.components(separatedBy: "<option value=\"").count - 1, 61, "a blank choice and the 60")
            XCTAssertTrue(
                form.text.contains(#"<option value="" selected>— pasirinkite savivaldybę —</option><option value="Akmenės rajono savivaldybė">"#))
            XCTAssertTrue(form.text.contains(#"<option value="Zarasų rajono savivaldybė">Zarasų rajono savivaldybė</option></select>"#))
            XCTAssertTrue(form.text.contains(#"<a href="/privatumas">privatumo pranešimas</a>"#), form.text)
            XCTAssertTrue(form.text.contains(#"<dd id="liko-vietu">9</dd>"#))
            for closed in [Self.pastId, UUID()] {
                let page = try await client.execute(uri: "/kursai/sesijos/\(Self.path(closed))/registracija", method: .get)
                XCTAssertEqual(page.status, .notFound)
                XCTAssertTrue(page.text.contains("Tokios sesijos nėra arba registracija į ją baigta."), page.text)
            }
        }
    }

    func testWhatIsMissingIsSaidNextToItsFieldInTheReadersLanguage() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            _ = try await visitor.get(client, Self.upcomingForm)
            let wrong = try await visitor.post(
                client, Self.upcomingForm,
                [("name", "Aldona Čepaitė"), ("email", "aldona.kaunas.lt"), ("institution", ""), ("municipality", "Kaunas")])
            XCTAssertEqual(wrong.status, .unprocessableContent)
            XCTAssertTrue(
                wrong.text.contains(#"<p class="field-error" id="email-klaida">Įveskite el. pašto adresą, pvz. vardas@biblioteka.lt.</p>"#),
                wrong.text)
            XCTAssertTrue(wrong.text.contains(#"<p class="field-error" id="institution-klaida">Įveskite įstaigą.</p>"#))
            XCTAssertTrue(wrong.text.contains(#"<p class="field-error" id="municipality-klaida">Pasirinkite savivaldybę iš sąrašo.</p>"#))
            XCTAssertTrue(
                wrong.text.contains(#"<p class="field-error" id="consent-klaida">Pažymėkite, kad sutinkate su asmens duomenų tvarkymu.</p>"#))
            XCTAssertFalse(wrong.text.contains("name-klaida"), "the name was given")
            XCTAssertTrue(wrong.text.contains(#"value="Aldona Čepaitė""#), "the form keeps what was typed")
            XCTAssertTrue(wrong.text.contains(#"<dd id="kursas">Ryšiai su žiniasklaida</dd>"#), wrong.text)

            visitor.cookies["kalba"] = "en"
            let english = try await visitor.post(
                client, Self.upcomingForm,
                [("name", "Aldona"), ("email", "aldona@kaunas.lt"), ("institution", "KAVB"), ("municipality", "Kauno miesto savivaldybė")])
            XCTAssertEqual(english.status, .unprocessableContent)
            XCTAssertTrue(
                english.text.contains(#"<p class="field-error" id="consent-klaida">Tick that you agree to the processing of personal data.</p>"#),
                english.text)
            XCTAssertTrue(english.text.contains(#"<option value="Kauno miesto savivaldybė" selected>"#), "the choice is kept")
            XCTAssertTrue(english.text.contains(#"<dd id="kursas">Course</dd>"#), "the course's English title")
            XCTAssertFalse(english.text.contains("municipality-klaida"))

            let noToken = try await visitor.post(client, Self.upcomingForm, [("name", "Aldona")], withToken: false)
            XCTAssertEqual(noToken.status, .forbidden, "the form token is checked without an account too")
        }
    }

    func testAFilledFormIsSentToTheTrainingServiceAndItsSilenceIsSaid() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            _ = try await visitor.get(client, Self.upcomingForm)
            let sent = try await visitor.post(
                client, Self.upcomingForm,
                [
                    ("name", "Aldona"), ("email", "aldona@kaunas.lt"), ("institution", "KAVB"),
                    ("municipality", "Kauno miesto savivaldybė"), ("consent", "yes"),
                ])
            XCTAssertEqual(sent.status, .serviceUnavailable, sent.text)
            XCTAssertTrue(sent.text.contains("Registracija šiuo metu neveikia. Bandykite po kelių minučių."), sent.text)
        }
    }

    func testTheCancelLinkShowsTheEnrolmentAndAButtonAndABadLinkIs404() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let page = try await visitor.get(client, Self.cancelLink(Self.onaId))
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains("<dd>Ona</dd>"), page.text)
            XCTAssertTrue(page.text.contains("<dd>2030 m. kovo 12 d. 10:00–16:00</dd>"))
            XCTAssertTrue(page.text.contains(#"<form method="post" action="\#(Self.cancelLink(Self.onaId))" class="card">"#), page.text)
            XCTAssertTrue(page.text.contains(#"<button type="submit" class="danger">Atšaukti registraciją</button>"#))

            let already = try await visitor.get(client, Self.cancelLink(Self.cancelledId))
            XCTAssertTrue(already.text.contains("Ši registracija jau atšaukta."), already.text)
            XCTAssertFalse(already.text.contains("<button type=\"submit\" class=\"danger\">"))
            let again = try await visitor.post(client, Self.cancelLink(Self.cancelledId), [])
            XCTAssertEqual(again.status, .ok, "cancelling twice only says so")
            XCTAssertTrue(again.text.contains("Ši registracija jau atšaukta."), again.text)

            let forged = Self.cancelLink(Self.onaId, secret: LinkSecret("another-secret-that-did-not-sign-this-link"))
            let otherPurpose =
                "/kursai/atsaukti/"
                + SignedLink(.cancelRegistration, subject: Self.path(Self.onaId)).token(secret: GatewayHTTP.linkSecret)
            for bad in [forged, otherPurpose, Self.cancelLink(UUID()), "/kursai/atsaukti/nonsense"] {
                let refused = try await visitor.get(client, bad)
                XCTAssertEqual(refused.status, .notFound, bad)
                XCTAssertTrue(
                    refused.text.contains("Ši atšaukimo nuoroda neteisinga arba registracijos nebėra. Patikrinkite nuorodą laiške."),
                    refused.text)
                let posted = try await visitor.post(client, bad, [])
                XCTAssertEqual(posted.status, .notFound, bad)
            }
        }
    }

    func testTheCertificatePageVerifiesACodeOr404s() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let page = try await visitor.get(client, "/sertifikatai/k7p2-9xq4-mn3r")
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains(#"<dd id="vardas">Ona Šimkutė</dd>"#), page.text)
            XCTAssertTrue(page.text.contains(#"<dd id="kursas">Ryšiai su žiniasklaida</dd>"#))
            XCTAssertTrue(page.text.contains(#"<dd id="istaiga">Šiaulių apskrities Povilo Višinskio viešoji biblioteka</dd>"#))
            XCTAssertTrue(page.text.contains(#"<dd id="data">2020 m. vasario 24 d.</dd>"#))
            XCTAssertTrue(page.text.contains(#"<dd id="kodas">K7P29XQ4MN3R</dd>"#))
            visitor.cookies["kalba"] = "en"
            let english = try await visitor.get(client, "/sertifikatai/K7P29XQ4MN3R")
            XCTAssertTrue(english.text.contains(#"<dd id="isduotas">24 February 2020</dd>"#), english.text)
            let unknown = try await visitor.get(client, "/sertifikatai/AAAAAAAAAAAA")
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertTrue(unknown.text.contains("No certificate has this code."), unknown.text)
        }
    }

    func testTheStaffAPIAcceptsOnlyTheSixtyMunicipalities() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let path = "/api/v1/sessions/\(Self.path(Self.upcomingId))/enrolments"
            let body = #"{"name":"Ona","institution":"KAVB","municipality":"Kaunas","email":"ona@kaunas.lt"}"#
            try await client.execute(uri: path, method: .post, body: .json(body)) { response in
                try response.problem(.unprocessableContent, code: "invalid", instance: path)
                XCTAssertEqual(try response.errorFields(), ["municipality"])
                XCTAssertEqual(
                    try response.json()["detail"] as? String,
                    "'municipality' must be one of Lithuania's 60 municipalities by its official name, such as 'Vilniaus miesto savivaldybė'; 'Kaunas' is not"
                )
            }
        }
    }
}
