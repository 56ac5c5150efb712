import Foundation
import GRDB
import MessageSchema

/// The mails of the surveys service's messages: each person invited to
/// answer a survey gets one mail with a personal link,
/// `KOMUNIKA_PUBLIC_URL/klausimynas/{id}?kvietimas={token}` (a `SignedLink` of
/// purpose `surveyInvitation` on the invitation id), which the gateway checks.
struct SurveyMails {
    let context: MailContext

    func invited(_ message: SurveyInvitationsIssued, _ envelope: Envelope, in db: Database) throws {
        let form = context.publicURL + "/klausimynas/" + message.surveyId.uuidString.lowercased() + "?kvietimas="
        for invitee in message.invitees {
            let link = form + context.token(.surveyInvitation, subject: invitee.invitationId.uuidString)
            let values: [String: Any] = [
                "surveyTitle": message.titleLt, "surveyURL": link, "oncePerLink": message.oneAnswerPerInvitation,
            ]
            let id = MailQueue.mailId(causedBy: envelope, about: invitee.invitationId.uuidString, to: invitee.email)
            let content = context.composer.compose(
                .surveyInvitation, id: id, to: MailAddress(name: invitee.name, address: invitee.email), values: values,
                date: envelope.occurredAt)
            try MailQueue.enqueue(content, kind: .surveyInvitation, id: id, causedBy: envelope, in: db)
        }
    }
}
