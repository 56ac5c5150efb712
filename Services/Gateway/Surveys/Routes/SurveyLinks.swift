import Foundation
import GatewayKit
import SignedLinks

/// The public's addresses of a survey.
enum SurveyLinks {
    /// `/klausimynas/{id}`: the form.
    static func form(_ surveyId: UUID) -> String { "/klausimynas/\(surveyId.uuidString.lowercased())" }

    /// An invitation's personal link, as the mail service writes it:
    /// `KOMUNIKA_PUBLIC_URL/klausimynas/{id}?kvietimas={token}`.
    static func invitation(_ invitationId: UUID, survey surveyId: UUID, dependencies: GatewayDependencies) -> String {
        let token = SignedLink(.surveyInvitation, subject: invitationId.uuidString).token(secret: dependencies.linkSecret)
        return dependencies.publicURL + form(surveyId) + "?kvietimas=" + token
    }

    /// The invitation id a token signs, when the link secret signed it for an invitation.
    static func invitationId(_ token: String, dependencies: GatewayDependencies) -> UUID? {
        SignedLink.verified(token, purpose: .surveyInvitation, secret: dependencies.linkSecret)
            .flatMap { UUID(uuidString: $0.subject) }
    }
}
