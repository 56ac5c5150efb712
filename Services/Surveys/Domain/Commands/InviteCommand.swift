import Foundation
import GRDB
import MessageSchema

extension SurveysChange {
    /// Issues an invitation to each invitee not invited to the survey
    /// before (by e-mail, any case). Refused for a closed survey.
    /// Message: `SurveyInvitationsIssued` with the new invitees, when there are any.
    func invite(_ command: InviteToSurvey) throws -> InvitationsRef {
        let survey = try existingSurvey(command.surveyId)
        let errors = SurveyRules.problems(of: command.invitees)
        guard errors.isEmpty else { throw Self.refuse(errors) }
        if survey.status == .closed {
            throw CommandFailure(
                .conflict, SurveyRefusal.closed.message(title: survey.titleLt),
                details: ["surveyId": survey.id, "reason": SurveyRefusal.closed.rawValue])
        }
        var invited = try InvitationRecord.invitedEmails(of: command.surveyId, in: db)
        var issued: [SurveyInvitee] = []
        for invitee in command.invitees {
            var invitee = invitee
            invitee.name = invitee.name.trimmingCharacters(in: .whitespacesAndNewlines)
            invitee.email = invitee.email.trimmingCharacters(in: .whitespacesAndNewlines)
            guard invited.insert(invitee.email.lowercased()).inserted else { continue }
            if try InvitationRecord.exists(db, key: invitee.invitationId.uuidString) {
                throw CommandFailure(
                    .conflict, "An invitation with the id \(invitee.invitationId.uuidString) exists already.",
                    details: ["invitationId": invitee.invitationId.uuidString])
            }
            try InvitationRecord(surveyId: command.surveyId, invitee: invitee, issuedAt: now).insert(db)
            issued.append(invitee)
        }
        if !issued.isEmpty {
            try publish(
                SurveyInvitationsIssued(
                    surveyId: command.surveyId, titleLt: survey.titleLt, titleEn: survey.titleEn,
                    oneAnswerPerInvitation: survey.oneAnswerPerInvitation, invitees: issued))
        }
        return InvitationsRef(surveyId: command.surveyId, issued: issued, alreadyInvited: command.invitees.count - issued.count)
    }

    /// The invitation an answer comes through, checked: refused when the
    /// survey needs one and none came, when it is not the survey's, or
    /// (for a survey of one answer per invitation) when it was used.
    func checkedInvitation(_ invitationId: UUID?, for survey: SurveyRecord) throws -> InvitationRecord? {
        func refuse(_ refusal: InvitationRefusal) -> CommandFailure {
            CommandFailure(
                .conflict, refusal.message(title: survey.titleLt),
                details: ["surveyId": survey.id, "reason": refusal.rawValue])
        }
        guard let invitationId else {
            if survey.oneAnswerPerInvitation { throw refuse(.required) }
            return nil
        }
        guard let invitation = try InvitationRecord.fetchOne(db, key: invitationId.uuidString),
            invitation.surveyId == survey.id
        else { throw refuse(.unknown) }
        if survey.oneAnswerPerInvitation, invitation.responseId != nil { throw refuse(.used) }
        return invitation
    }
}
