import Foundation
import KomunikaTesting
import Logging
import MessageSchema
import ServiceKit
import SurveysService
import XCTest

final class PersonalDataTests: SurveysTestCase {
    let julija = Respondent(name: "Julija Žemaitė", email: "julija.zemaite@example.lt")

    func testErasureKeepsTheResponseAndItsResultsAndLeavesNoTraceInTheFile() async throws {
        let app = try makeHarness()
        let survey = try await app.survey(details: Sample.details(anonymous: false))
        let response = UUID()
        try await app.expectSuccess(
            SubmitResponse(responseId: response, surveyId: survey, answers: Sample.answers(recommend: 10), respondent: julija))
        try await app.expectSuccess(
            SubmitResponse(
                surveyId: survey, answers: Sample.answers(recommend: 3),
                respondent: Respondent(name: "Petras Kalvis", email: "petras@example.lt")))
        let aggregates = "SELECT responses, npsAnswers, npsPromoters, npsDetractors, satisfactionSum FROM surveys"
        let before = try await app.row(aggregates)

        let exported = try await app.eraser(SurveysPeople()).export(email: "Julija.Zemaite@example.lt")
        let erasure = try await app.eraser(SurveysPeople()).erase(email: "Julija.Zemaite@example.lt", erasureId: UUID())

        guard case .array(let rows)? = exported["responses"], rows.count == 1, case .object(let row) = rows[0] else {
            return XCTFail("expected one response, got \(exported)")
        }
        XCTAssertEqual(row["respondentName"], .string("Julija Žemaitė"))
        XCTAssertEqual(erasure.records, [ErasedRecord(.surveyResponse, response)])
        let after = try await app.row(aggregates)
        XCTAssertEqual(after, before)
        XCTAssertEqual(after?["responses"], "2")
        let stored = try await app.row("SELECT respondentName, respondentEmail, answers FROM responses WHERE id = ?", [response.uuidString])
        XCTAssertEqual(stored?["respondentName"], "ištrinta")
        XCTAssertNil(stored?["respondentEmail"])
        XCTAssertTrue(stored?["answers"]?.contains("10") ?? false, stored?["answers"] ?? "no answers")
        let accepted = try await app.published(SurveyResponseAccepted.self)
        XCTAssertEqual(
            accepted.map(\.respondent), [Respondent(name: "ištrinta", email: ""), Respondent(name: "Petras Kalvis", email: "petras@example.lt")])
        XCTAssertEqual(accepted.first?.answers, Sample.answers(recommend: 10))
        for text in ["julija.zemaite@example.lt", "Julija Žemaitė"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: app.folder), [], "\(text) is still in the files")
        }
        XCTAssertEqual(try SQLiteTraces.filesContaining("Petras Kalvis", in: app.folder), ["surveys.sqlite"])
    }

    func testRetentionCountsFromTheSurveysClosingTime() async throws {
        let app = try makeHarness()
        let closes = try XCTUnwrap(Timestamp.parse("2027-03-01T00:00"))
        let survey = try await app.survey(details: Sample.details(anonymous: false, closesAt: closes))
        try await app.expectSuccess(SubmitResponse(surveyId: survey, answers: Sample.answers(), respondent: julija))
        let retention = PersonalDataRetention(eraser: app.eraser(SurveysPeople()), months: 12, logger: Logger(label: "test"))

        let early = await retention.expire(now: try XCTUnwrap(Timestamp.parse("2028-02-28T00:00")))
        let late = await retention.expire(now: try XCTUnwrap(Timestamp.parse("2028-03-02T00:00")))

        XCTAssertEqual(early.records, [])
        XCTAssertEqual(late.records.count, 1)
        let stored = try await app.row("SELECT respondentName, respondentEmail FROM responses")
        XCTAssertEqual(stored, ["respondentName": "ištrinta"])
    }

    func testAnInvitedPersonIsErasedFromTheInvitationsAndTheOutboxAndMayBeInvitedAgain() async throws {
        let app = try makeHarness()
        let survey = try await app.survey(
            details: SurveyDetails(titleLt: "Bibliotekininkų apklausa", purpose: .publicOpinion, oneAnswerPerInvitation: true))
        try await app.expectSuccess(
            InviteToSurvey(
                surveyId: survey,
                invitees: [
                    SurveyInvitee(name: "Julija Žemaitė", email: "Julija.Zemaite@example.lt"),
                    SurveyInvitee(name: "Petras Kalvis", email: "petras@example.lt"),
                ]))

        let exported = try await app.eraser(SurveysPeople()).export(email: "julija.zemaite@example.lt")
        let erasure = try await app.eraser(SurveysPeople()).erase(email: "julija.zemaite@example.lt", erasureId: UUID())

        guard case .array(let invitations)? = exported["invitations"], invitations.count == 1,
            case .object(let row) = invitations[0]
        else { return XCTFail("expected one invitation, got \(exported)") }
        XCTAssertEqual(row["name"], .string("Julija Žemaitė"))
        XCTAssertEqual(erasure.records, [])
        XCTAssertEqual(erasure.texts, ["Julija Žemaitė": "ištrinta", "Julija.Zemaite@example.lt": ""])
        let count = try await app.row("SELECT COUNT(*) AS invitations FROM invitations")
        XCTAssertEqual(count?["invitations"], "2")
        for text in ["julija.zemaite@example.lt", "Julija.Zemaite", "Julija Žemaitė", "Žemaitė"] {
            XCTAssertEqual(try SQLiteTraces.filesContaining(text, in: app.folder), [], "\(text) is still in the files")
        }
        XCTAssertEqual(try SQLiteTraces.filesContaining("petras@example.lt", in: app.folder), ["surveys.sqlite"])
        // Nothing is left to compare with: the same address may be invited again.
        let again = try await app.expectSuccess(
            InviteToSurvey(surveyId: survey, invitees: [SurveyInvitee(name: "Julija Žemaitė", email: "julija.zemaite@example.lt")]))
        XCTAssertEqual(again.issued.count, 1)
    }
}
