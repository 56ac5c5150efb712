import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewaySurveys

/// The surveys pages through the router, with real accounts and a real read
/// model: what a viewer reads, what an editor's forms say back, and the
/// service's refusal (the fixture has no services: 503) shown on the page.
final class SurveysPagesTests: XCTestCase {
    static let surveyId = UUID()
    /// Open now, not anonymous: paper answers are entered into it.
    static let paperSurveyId = UUID()

    /// An open survey of the sample questions, opening on 24 February 2027 at 18:00, with four
    /// answers to its NPS question: 10, 9, 8, 3 — two promoters, one detractor of four: NPS (2 − 1) / 4 × 100 = 25.
    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .surveys)
        let details = SurveyDetails(titleLt: "", titleEn: "Readers' survey", purpose: .publicOpinion, opensAt: Sample.date("2027-02-24T18:00"))
        try feed.survey("Skaitytojų apklausa", id: surveyId, details: details)
        try feed.respond(surveyId, SurveySample.answers(10, 5, channel: "Facebook"), at: Sample.date("2027-03-01T10:00"))
        try feed.respond(surveyId, SurveySample.answers(9, 4, channel: "Radijas"), at: Sample.date("2027-03-02T10:00"))
        try feed.respond(surveyId, SurveySample.answers(8, 4, channel: "Facebook"), at: Sample.date("2027-03-09T10:00"))
        var last = SurveySample.answers(3, 2, channel: "Draugai")
        last["comment"] = .text("Per mažai vietos")
        try feed.respond(surveyId, last, at: Sample.date("2027-03-10T10:00"))
        try feed.survey("Ąžuolyno lankytojų apklausa", status: .draft)
        try feed.survey(
            "Parodos lankytojų apklausa", id: paperSurveyId,
            details: SurveyDetails(titleLt: "", purpose: .eventFeedback, anonymous: false))
    }

    var path: String { "/apklausos/\(Self.surveyId.uuidString.lowercased())" }

    func testAViewerReadsTheListTheSurveyAndItsResultsWithNoFormThatChangesAnything() async throws {
        let path = self.path
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            let list = try await viewer.get(client, "/apklausos")
            XCTAssertEqual(list.status, .ok)
            XCTAssertTrue(list.text.contains("<h1>Apklausos</h1>"), list.text)
            let first = try XCTUnwrap(list.text.range(of: "Skaitytojų apklausa"))
            let second = try XCTUnwrap(list.text.range(of: "Ąžuolyno lankytojų apklausa"))
            XCTAssertLessThan(second.lowerBound, first.lowerBound, "Lithuanian order: Ą before S")
            XCTAssertFalse(list.text.contains("/apklausos/nauja"), "a viewer is not offered the builder")

            let survey = try await viewer.get(client, path)
            XCTAssertEqual(survey.status, .ok)
            XCTAssertTrue(survey.text.contains("<h1>Skaitytojų apklausa</h1>"), survey.text)
            XCTAssertTrue(survey.text.contains("<dd>2027 m. vasario 24 d. 18:00</dd>"), survey.text)
            XCTAssertTrue(survey.text.contains("Ar rekomenduotumėte?"))

            let results = try await viewer.get(client, path + "/rezultatai")
            XCTAssertEqual(results.status, .ok)
            XCTAssertTrue(results.text.contains(#"<div class="value" id="nps">25</div>"#), results.text)
            XCTAssertTrue(results.text.contains(#"<div class="value" id="atsakymu-skaicius">4</div>"#))
            XCTAssertTrue(results.text.contains("<svg"), "charts drawn on the server")
            XCTAssertTrue(results.text.contains("Per mažai vietos"), "the free answers")
            XCTAssertTrue(results.text.contains(#"<table id="kryzmine">"#), "a cross-tab of the two choice questions")
            XCTAssertFalse(results.text.contains("style="))

            for page in [list, survey, results] {
                XCTAssertFalse(page.text.contains(#"method="post" action="/apklausos"#), page.text)
                XCTAssertFalse(page.text.contains("<script>"))
            }
            let forged = try await viewer.post(client, path + "/skelbti", [])
            XCTAssertEqual(forged.status, .forbidden)
        }
    }

    func testTheCSVDownloadHasTheAPIsHeaderLine() async throws {
        let path = self.path
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            let csv = try await viewer.get(client, path + "/rezultatai.csv")
            XCTAssertEqual(csv.status, .ok)
            XCTAssertEqual(csv.headers[.contentType], "text/csv; charset=utf-8; header=present")
            let header = csv.text.components(separatedBy: "\r\n").first
            XCTAssertEqual(header, "\u{FEFF}responseId,submittedAt,recommend,stars,channel,topics,visits,comment")
            XCTAssertEqual(csv.text.components(separatedBy: "\r\n").count, 6, "a header, four rows, the last line's end")
        }
    }

    func testTheEnglishSwitchShowsEnglishWordsAndDates() async throws {
        let path = self.path
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            viewer.cookies["kalba"] = "en"
            let survey = try await viewer.get(client, path)
            XCTAssertTrue(survey.text.contains("<h1>Readers&#39; survey</h1>") || survey.text.contains("<h1>Readers' survey</h1>"), survey.text)
            XCTAssertTrue(survey.text.contains("<dd>24 February 2027, 18:00</dd>"), survey.text)
            XCTAssertTrue(survey.text.contains("Download CSV"))
            let results = try await viewer.get(client, path + "/rezultatai")
            XCTAssertTrue(results.text.contains("Responses per week"), results.text)
            XCTAssertTrue(results.text.contains("Cross-tab"))
        }
    }

    func testTheBuilderKeepsItsQuestionsReordersThemAndSaysWhatIsMissingNextToTheField() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Redaktorė Redaktorienė", email: "editor@example.lt", role: "editor")
            let empty = try await editor.get(client, "/apklausos/nauja")
            XCTAssertEqual(empty.status, .ok)
            XCTAssertTrue(empty.text.contains("<h1>Nauja apklausa</h1>"))
            for type in QuestionType.allCases { XCTAssertTrue(empty.text.contains(#"value="\#(type.rawValue)""#), type.rawValue) }

            let added = try await editor.post(
                client, "/apklausos/nauja",
                [
                    ("titleLt", "Renginių apklausa"), ("purpose", "public-opinion"), ("anonymous", "1"),
                    ("n_type", "single-choice"), ("n_textLt", "Iš kur sužinojote?"), ("n_options", "Radijas\nDraugai"),
                    ("veiksmas", "add"),
                ])
            XCTAssertEqual(added.status, .ok, added.text)
            XCTAssertTrue(added.text.contains(#"<input type="hidden" name="q_id" value="q1">"#), added.text)

            let noOptions = try await editor.post(
                client, "/apklausos/nauja",
                [("titleLt", "Renginių apklausa"), ("n_type", "multiple-choice"), ("n_textLt", "Kas domina?"), ("veiksmas", "add")])
            XCTAssertEqual(noOptions.status, .unprocessableContent)
            XCTAssertTrue(
                noOptions.text.contains(
                    #"<p class="field-error" id="n_options-klaida">Pasirinkimo klausimui reikia 2–50 skirtingų netuščių variantų, po vieną eilutėje.</p>"#
                ),
                noOptions.text)

            let two: [(String, String)] = [
                ("titleLt", "Renginių apklausa"), ("purpose", "public-opinion"),
                ("q_id", "kanalas"), ("q_type", "single-choice"), ("q_textLt", "Iš kur sužinojote?"), ("q_textEn", ""),
                ("q_required", "0"), ("q_options", "Radijas\nDraugai"),
                ("q_id", "rekomenduotu"), ("q_type", "nps"), ("q_textLt", "Ar rekomenduotumėte?"), ("q_textEn", ""),
                ("q_required", "1"), ("q_options", ""),
            ]
            let moved = try await editor.post(client, "/apklausos/nauja", two + [("veiksmas", "up-1")])
            let npsAt = try XCTUnwrap(moved.text.range(of: #"name="q_id" value="rekomenduotu""#))
            let choiceAt = try XCTUnwrap(moved.text.range(of: #"name="q_id" value="kanalas""#))
            XCTAssertLessThan(npsAt.lowerBound, choiceAt.lowerBound, "moved up")

            let removed = try await editor.post(client, "/apklausos/nauja", two + [("veiksmas", "remove-0")])
            XCTAssertFalse(removed.text.contains(#"value="kanalas""#))
            XCTAssertTrue(removed.text.contains(#"value="rekomenduotu""#))

            let untitled = try await editor.post(
                client, "/apklausos/nauja", [("titleLt", ""), ("purpose", "public-opinion")] + two.dropFirst(2) + [("veiksmas", "create")])
            XCTAssertEqual(untitled.status, .unprocessableContent)
            XCTAssertTrue(untitled.text.contains(#"aria-invalid="true" aria-describedby="titleLt-klaida""#), untitled.text)
            XCTAssertTrue(
                untitled.text.contains(#"<p class="field-error" id="titleLt-klaida">Įveskite apklausos pavadinimą (iki 300 simbolių).</p>"#))
            XCTAssertTrue(untitled.text.contains(#"value="rekomenduotu""#), "the form keeps what was typed")

            var english = editor
            english.cookies["kalba"] = "en"
            let englishUntitled = try await english.post(
                client, "/apklausos/nauja", [("titleLt", ""), ("purpose", "public-opinion"), ("veiksmas", "create")])
            XCTAssertTrue(
                englishUntitled.text.contains("Enter the survey&#39;s title") || englishUntitled.text.contains("Enter the survey's title"),
                englishUntitled.text)
        }
    }

    func testCreatingWhenTheSurveysServiceCannotBeReachedShowsItsMessageWith503() async throws {
        try await GatewayHTTP.withDatabase { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Redaktorė Redaktorienė", email: "editor@example.lt", role: "editor")
            _ = try await editor.get(client, "/apklausos/nauja")
            let created = try await editor.post(
                client, "/apklausos/nauja",
                [
                    ("titleLt", "Renginių apklausa"), ("purpose", "public-opinion"), ("q_id", "rekomenduotu"), ("q_type", "nps"),
                    ("q_textLt", "Ar rekomenduotumėte?"), ("q_textEn", ""), ("q_required", "1"), ("q_options", ""),
                    ("veiksmas", "create"),
                ])
            XCTAssertEqual(created.status, .serviceUnavailable, created.text)
            XCTAssertEqual(created.headers[.contentType], "text/html; charset=utf-8")
            XCTAssertTrue(created.text.contains(Self.unavailable), created.text)
            XCTAssertTrue(created.text.contains(#"value="rekomenduotu""#), "the form keeps the questions")
        }
    }

    /// What the gateway says when the surveys service does not answer.
    static let unavailable = "Apklausų tarnyba atsakė: no connection to surveys is configured"

    func testAPaperAnswerSaysWhatIsMissingAndAnUnreachableServiceIsShown() async throws {
        let path = "/apklausos/\(Self.paperSurveyId.uuidString.lowercased())"
        let notOpenYet = self.path
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Redaktorė Redaktorienė", email: "editor@example.lt", role: "editor")
            let form = try await editor.get(client, path + "/atsakymas")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.text.contains(#"<input type="radio" id="a_recommend-10" name="a_recommend" value="10" required>"#), form.text)
            XCTAssertTrue(form.text.contains(#"<label for="respondent_email">Respondento el. paštas (nebūtina)</label>"#))
            let missing = try await editor.post(client, path + "/atsakymas", [("a_stars", "4"), ("a_channel", "Radijas")])
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(missing.text.contains(#"<p class="field-error" id="a_recommend-klaida">Atsakykite į šį klausimą.</p>"#), missing.text)
            XCTAssertTrue(missing.text.contains(#"value="Radijas" checked"#), "the form keeps what was typed")
            let answered = try await editor.post(client, path + "/atsakymas", [("a_recommend", "9"), ("a_stars", "4")])
            XCTAssertEqual(answered.status, .serviceUnavailable)
            XCTAssertTrue(answered.text.contains("<p>no connection to surveys is configured</p>"), answered.text)

            let notYet = try await editor.post(client, notOpenYet + "/atsakymas", [("a_recommend", "9"), ("a_stars", "4")])
            XCTAssertEqual(notYet.status, .conflict, "opens on 24 February 2027")
            XCTAssertTrue(notYet.text.contains("Apklausa dar nepaskelbta arba dar neprasidėjo: atsakymų ji nepriima."), notYet.text)
        }
    }

    func testTheReportAndTheSearchHaveTheSurveys() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Skaitytoja Skaitytojienė", email: "viewer@example.lt", role: "viewer")
            let report = try await viewer.get(client, "/ataskaitos/2027")
            XCTAssertEqual(report.status, .ok)
            XCTAssertTrue(report.text.contains(#"<td class="number" id="ataskaita-nps">25</td>"#), report.text)
            XCTAssertTrue(report.text.contains(#"<td class="number" id="ataskaita-apklausu-atsakymai">4</td>"#))
            let search = try await viewer.get(client, "/paieska?q=skaitytoju")
            XCTAssertTrue(search.text.contains("Skaitytojų apklausa"), search.text)
            let home = try await viewer.get(client, "/")
            XCTAssertTrue(home.text.contains(#"id="pradzia-apklausos""#), home.text)
        }
    }
}
