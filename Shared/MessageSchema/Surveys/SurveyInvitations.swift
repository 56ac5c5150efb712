import Foundation

// Invitations: personal links to a survey, one per person. A survey that
// asks for it (`SurveyDetails.oneAnswerPerInvitation`) takes answers only
// through an invitation, and one answer per invitation.

/// One person invited to answer a survey, with the id their personal link carries.
public struct SurveyInvitee: Codable, Sendable, Equatable {
    /// Chosen by the caller; the link's token signs it (`SignedLink(.surveyInvitation, subject: invitationId.uuidString)`).
    public var invitationId: UUID
    public var name: String
    public var email: String

    public init(invitationId: UUID = UUID(), name: String, email: String) {
        self.invitationId = invitationId
        self.name = name
        self.email = email
    }
}

/// Invites people to answer a survey that is not closed. Someone already
/// invited to it (the same e-mail, any case) is left out and counted in
/// `alreadyInvited`. Publishes `SurveyInvitationsIssued` with the new invitees.
public struct InviteToSurvey: Command, Equatable {
    public static let name = "surveys.invite"
    public typealias Result = InvitationsRef
    public var surveyId: UUID
    public var invitees: [SurveyInvitee]

    public init(surveyId: UUID, invitees: [SurveyInvitee]) {
        self.surveyId = surveyId
        self.invitees = invitees
    }
}

public struct InvitationsRef: Codable, Sendable, Equatable {
    public var surveyId: UUID
    /// The invitations issued by this command (names and e-mails trimmed).
    public var issued: [SurveyInvitee]
    /// Invitees left out, invited to the survey before.
    public var alreadyInvited: Int

    public init(surveyId: UUID, issued: [SurveyInvitee], alreadyInvited: Int) {
        self.surveyId = surveyId
        self.issued = issued
        self.alreadyInvited = alreadyInvited
    }
}

/// People were invited to a survey: the mail service sends each their
/// personal link, `/klausimynas/{surveyId}?kvietimas={token}`.
public struct SurveyInvitationsIssued: Message, Equatable {
    public static let type = "survey.invitations-issued"
    public static let version = 1
    public var surveyId: UUID
    public var titleLt: String
    public var titleEn: String?
    /// Whether the survey takes only one answer per invitation (the mail may say so).
    public var oneAnswerPerInvitation: Bool
    public var invitees: [SurveyInvitee]

    public init(surveyId: UUID, titleLt: String, titleEn: String?, oneAnswerPerInvitation: Bool, invitees: [SurveyInvitee]) {
        self.surveyId = surveyId
        self.titleLt = titleLt
        self.titleEn = titleEn
        self.oneAnswerPerInvitation = oneAnswerPerInvitation
        self.invitees = invitees
    }
}

/// Why an answer is refused for its invitation (`details["reason"]` of the `conflict`).
public enum InvitationRefusal: String, Codable, Sendable, CaseIterable {
    /// The survey takes answers only through an invitation, and none came.
    case required = "invitation-required"
    /// The invitation is not one of this survey's.
    case unknown = "invitation-unknown"
    /// The invitation has been answered with already.
    case used = "invitation-used"

    public func message(title: String) -> String {
        switch self {
        case .required: "The survey \"\(title)\" is answered by invitation only: open the personal link from your invitation."
        case .unknown: "The invitation is not one to the survey \"\(title)\"."
        case .used: "This invitation has been used already: the survey \"\(title)\" takes one answer per invitation."
        }
    }
}

extension SurveyRules {
    public static let maximumInvitees = 5_000

    /// Every problem of a list of invitees (`invitees[2].email` …).
    public static func problems(of invitees: [SurveyInvitee]) -> [SurveyFieldError] {
        var errors: [SurveyFieldError] = []
        if invitees.isEmpty { errors.append(SurveyFieldError("invitees", "invite at least one person")) }
        if invitees.count > maximumInvitees {
            errors.append(SurveyFieldError("invitees", "at most \(maximumInvitees) people are invited at once"))
        }
        var ids: Set<UUID> = []
        for (index, invitee) in invitees.enumerated() {
            let field = "invitees[\(index)]"
            if !ids.insert(invitee.invitationId).inserted {
                errors.append(SurveyFieldError("\(field).invitationId", "the invitation id \(invitee.invitationId.uuidString) is given twice"))
            }
            if invitee.name.count > maximumTitleLength {
                errors.append(SurveyFieldError("\(field).name", "'\(field).name' must be at most \(maximumTitleLength) characters"))
            }
            let email = invitee.email.trimmingCharacters(in: .whitespacesAndNewlines)
            if !looksLikeEmail(email) || email.count > 320 {
                errors.append(SurveyFieldError("\(field).email", "'\(field).email' must be an e-mail address; '\(email)' is not"))
            }
        }
        return errors
    }
}
