import Foundation

// Messages the mail service publishes about the mails it sends. They carry
// what the staff's pages need and no more: the recipient's address (an admin
// must see whom a failed mail was for), never the mail's text.

/// What a mail tells its reader, for the admins' list.
public enum MailKind: String, Codable, Sendable, CaseIterable {
    case registrationAccepted = "registration-accepted"
    case registrationWaitlisted = "registration-waitlisted"
    case registrationPromoted = "registration-promoted"
    case eventCancelled = "event-cancelled"
    case eventMoved = "event-moved"
    case enrolmentAccepted = "enrolment-accepted"
    case enrolmentWaitlisted = "enrolment-waitlisted"
    case enrolmentPromoted = "enrolment-promoted"
    case certificateIssued = "certificate-issued"
    case pressRelease = "press-release"
    case surveyInvitation = "survey-invitation"
    /// To staff (`KOMUNIKA_STAFF_MAIL`): a registration took an event's last place.
    case eventFull = "event-full"
    /// To staff: an asset's licence or a consent runs out within the warning period.
    case rightsExpiring = "rights-expiring"
    /// To staff: another unit's submission was approved, rejected or sent back for changes.
    case submissionReviewed = "submission-reviewed"
}

/// How the mail service delivers: to an SMTP relay, or (no relay set) as
/// `.eml` files in a folder.
public enum MailDelivery: String, Codable, Sendable {
    case smtp
    case files
}

/// The mail service started; says how it delivers, so the staff start page
/// can tell that mails are only written to a folder, and whether it sends
/// alerts to staff, so the operations mail page can tell that it does not.
public struct MailDeliveryConfigured: Message, Equatable {
    public static let type = "mail.delivery-configured"
    public static let version = 1
    public var delivery: MailDelivery
    /// The folder `.eml` files go to when `delivery` is `files`.
    public var folder: String?
    /// Whether alerts to staff are sent (`KOMUNIKA_STAFF_MAIL` names an
    /// address); `nil` from a mail service that did not say.
    public var staffAlerts: Bool?

    public init(delivery: MailDelivery, folder: String?, staffAlerts: Bool? = nil) {
        self.delivery = delivery
        self.folder = folder
        self.staffAlerts = staffAlerts
    }
}

/// A mail was accepted by the relay (or written to the folder).
public struct MailSent: Message, Equatable {
    public static let type = "mail.sent"
    public static let version = 1
    public var mailId: UUID
    public var kind: MailKind
    public var sentAt: Date
    public var attempts: Int

    public init(mailId: UUID, kind: MailKind, sentAt: Date, attempts: Int) {
        self.mailId = mailId
        self.kind = kind
        self.sentAt = sentAt
        self.attempts = attempts
    }
}

/// A mail the relay did not take for a day of retries: given up.
public struct MailFailed: Message, Equatable {
    public static let type = "mail.failed"
    public static let version = 1
    public var mailId: UUID
    public var kind: MailKind
    public var recipient: String
    public var subject: String
    /// The relay's last answer (`550 5.1.1 <x@y>: Recipient address rejected`) or why none came.
    public var lastAnswer: String
    public var attempts: Int
    public var createdAt: Date
    public var failedAt: Date

    public init(
        mailId: UUID, kind: MailKind, recipient: String, subject: String, lastAnswer: String, attempts: Int,
        createdAt: Date, failedAt: Date
    ) {
        self.mailId = mailId
        self.kind = kind
        self.recipient = recipient
        self.subject = subject
        self.lastAnswer = lastAnswer
        self.attempts = attempts
        self.createdAt = createdAt
        self.failedAt = failedAt
    }
}
