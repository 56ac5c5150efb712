import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import SurveysService

/// Invitations: issued once per person, and for a survey of one answer per
/// invitation, the only way to answer, once each.
final class InvitationTests: SurveysTestCase {
    static let byInvitation = SurveyDetails(titleLt: "Bibliotekininkų apklausa", purpose: .publicOpinion, oneAnswerPerInvitation: true)

    func testEachPersonIsInvitedOnceAndTheNewInviteesArePublished() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey(details: Self.byInvitation)
        let ona = SurveyInvitee(name: "Ona Onaitė", email: "Ona@Biblioteka.lt")
        let jonas = SurveyInvitee(name: " Jonas Jonaitis ", email: "jonas@biblioteka.lt")
        let first = try await harness.expectSuccess(InviteToSurvey(surveyId: id, invitees: [ona, jonas]))
        XCTAssertEqual(first.issued.map(\.email), ["Ona@Biblioteka.lt", "jonas@biblioteka.lt"])
        XCTAssertEqual(first.alreadyInvited, 0)
        let petras = SurveyInvitee(name: "Petras Petraitis", email: "petras@biblioteka.lt")
        let again = SurveyInvitee(name: "Ona Onaitė", email: "ona@biblioteka.lt")
        let second = try await harness.expectSuccess(InviteToSurvey(surveyId: id, invitees: [again, petras]))
        XCTAssertEqual(second, InvitationsRef(surveyId: id, issued: [petras], alreadyInvited: 1))

        let issued = try await harness.published(SurveyInvitationsIssued.self)
        XCTAssertEqual(issued.count, 2)
        XCTAssertEqual(issued.first?.titleLt, "Bibliotekininkų apklausa")
        XCTAssertEqual(issued.first?.oneAnswerPerInvitation, true)
        XCTAssertEqual(issued.first?.invitees.map(\.invitationId), [ona.invitationId, jonas.invitationId])
        XCTAssertEqual(issued.first?.invitees.map(\.name), ["Ona Onaitė", "Jonas Jonaitis"])
        XCTAssertEqual(issued.last?.invitees, [petras])
        let stored = try await harness.count("SELECT COUNT(*) FROM invitations WHERE surveyId = ?", [id.uuidString])
        XCTAssertEqual(stored, 3)
    }

    func testASurveyOfOneAnswerPerInvitationTakesOneAnswerThroughEachInvitationOnly() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey(details: Self.byInvitation)
        let other = try await harness.survey(details: Self.byInvitation)
        let ona = SurveyInvitee(name: "Ona Onaitė", email: "ona@biblioteka.lt")
        let elsewhere = SurveyInvitee(name: "Ona Onaitė", email: "ona@biblioteka.lt")
        try await harness.expectSuccess(InviteToSurvey(surveyId: id, invitees: [ona]))
        try await harness.expectSuccess(InviteToSurvey(surveyId: other, invitees: [elsewhere]))

        let without = try await harness.expectRefusal(SubmitResponse(surveyId: id, answers: Sample.answers()))
        XCTAssertEqual(without.code, .conflict)
        XCTAssertEqual(without.details?["reason"], "invitation-required")
        XCTAssertEqual(
            without.message,
            "The survey \"Bibliotekininkų apklausa\" is answered by invitation only: open the personal link from your invitation.")

        let ref = try await harness.expectSuccess(
            SubmitResponse(surveyId: id, answers: Sample.answers(), invitationId: ona.invitationId))
        let accepted = try await harness.published(SurveyResponseAccepted.self)
        XCTAssertEqual(accepted.map(\.invitationId), [ona.invitationId])

        let twice = try await harness.expectRefusal(
            SubmitResponse(surveyId: id, answers: Sample.answers(recommend: 10), invitationId: ona.invitationId))
        XCTAssertEqual(twice.code, .conflict)
        XCTAssertEqual(twice.details?["reason"], "invitation-used")
        XCTAssertEqual(
            twice.message,
            "This invitation has been used already: the survey \"Bibliotekininkų apklausa\" takes one answer per invitation.")

        for stranger in [UUID(), elsewhere.invitationId] {
            let failure = try await harness.expectRefusal(
                SubmitResponse(surveyId: id, answers: Sample.answers(), invitationId: stranger))
            XCTAssertEqual(failure.details?["reason"], "invitation-unknown")
            XCTAssertEqual(failure.message, "The invitation is not one to the survey \"Bibliotekininkų apklausa\".")
        }
        let responses = try await harness.count("SELECT responses FROM surveys WHERE id = ?", [id.uuidString])
        XCTAssertEqual(responses, 1)
        let answered = try await harness.read { db in
            try Row.fetchOne(db, sql: "SELECT responseId, answeredAt FROM invitations WHERE id = ?", arguments: [ona.invitationId.uuidString])
                .map { ($0["responseId"] as String?, $0["answeredAt"] as Date?) }
        }
        XCTAssertEqual(answered?.0, ref.responseId.uuidString)
        XCTAssertNotNil(answered?.1 ?? nil)
    }

    func testASurveyThatDoesNotAskForItTakesAnswersWithAndWithoutAnInvitation() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey()
        let ona = SurveyInvitee(name: "Ona Onaitė", email: "ona@biblioteka.lt")
        try await harness.expectSuccess(InviteToSurvey(surveyId: id, invitees: [ona]))
        try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: Sample.answers(), invitationId: ona.invitationId))
        try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: Sample.answers(), invitationId: ona.invitationId))
        try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: Sample.answers()))
        let responses = try await harness.count("SELECT responses FROM surveys WHERE id = ?", [id.uuidString])
        XCTAssertEqual(responses, 3)
    }

    func testInvitationsAreRefusedForAClosedSurveyAndForWrongAddresses() async throws {
        let harness = try makeHarness()
        let closed = try await harness.survey(.closed)
        let failure = try await harness.expectRefusal(
            InviteToSurvey(surveyId: closed, invitees: [SurveyInvitee(name: "Ona", email: "ona@biblioteka.lt")]))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["reason"], "closed")

        let open = try await harness.survey()
        let wrong = try await harness.expectRefusal(
            InviteToSurvey(surveyId: open, invitees: [SurveyInvitee(name: "Ona", email: "ona biblioteka.lt")]))
        XCTAssertEqual(wrong.code, .invalid)
        XCTAssertEqual(wrong.details?["field"], "invitees[0].email")
        XCTAssertEqual(wrong.message, "'invitees[0].email' must be an e-mail address; 'ona biblioteka.lt' is not")
        let nobody = try await harness.expectRefusal(InviteToSurvey(surveyId: open, invitees: []))
        XCTAssertEqual(nobody.message, "invite at least one person")
        let issued = try await harness.published(SurveyInvitationsIssued.self)
        XCTAssertEqual(issued.count, 0)
    }

    /// Messages and commands written before invitations existed still read, as surveys anyone may answer.
    func testOlderMessagesWithoutTheSettingStillDecode() throws {
        let details = try MessageCoding.decode(
            SurveyDetails.self, from: Data(#"{"titleLt":"Sena apklausa","purpose":"public-opinion","anonymous":true}"#.utf8))
        XCTAssertNil(details.oneAnswerPerInvitation)
        XCTAssertFalse(details.requiresInvitation)
        let command = try MessageCoding.decode(
            SubmitResponse.self,
            from: Data(
                #"{"responseId":"8C1F4C36-4F4B-4C6B-9D7E-1D4C2C3A5B6E","surveyId":"1B9D6BCD-BBFD-4B2D-9B5D-AB8DFBBD4BED","answers":{"recommend":9}}"#
                    .utf8))
        XCTAssertNil(command.invitationId)
        XCTAssertEqual(command.answers["recommend"], .number(9))
    }
}
