import Foundation
import GRDB
import MessageSchema
import SignedLinks

/// Who must get no mail of a kind: the extension point for the
/// media-relations do-not-contact list (and its unsubscribes). Asked inside
/// the consumer's transaction before a press release is queued for an address.
public protocol RecipientFilter: Sendable {
    func mayReceive(_ kind: MailKind, address: String, in db: Database) throws -> Bool
}

/// Everyone may receive everything (until the do-not-contact list is kept here).
public struct EveryoneMayReceive: RecipientFilter {
    public init() {}
    public func mayReceive(_ kind: MailKind, address: String, in db: Database) throws -> Bool { true }
}

/// What the reactions need to write mails: the texts, where links point,
/// the secret that signs them, who may receive what, and the staff's
/// addresses for the alerts to them.
public struct MailContext: Sendable {
    public var composer: MailComposer
    /// `KOMUNIKA_PUBLIC_URL`, without a trailing `/`: every link starts with it.
    public var publicURL: String
    public var linkSecret: LinkSecret
    public var recipients: any RecipientFilter
    /// `KOMUNIKA_STAFF_MAIL`: each gets every alert to staff; none, no alert is written.
    public var staff: [MailAddress]

    public init(
        composer: MailComposer, publicURL: String, linkSecret: LinkSecret,
        recipients: any RecipientFilter = EveryoneMayReceive(), staff: [MailAddress] = []
    ) {
        self.composer = composer
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.linkSecret = linkSecret
        self.recipients = recipients
        self.staff = staff
    }

    /// `publicURL` + `path` + the signed token of `purpose` for `subject`.
    func link(_ path: String, _ purpose: SignedLink.Purpose, subject: String) -> String {
        publicURL + path + token(purpose, subject: subject)
    }

    /// The signed token alone, for a link that carries it in its query.
    func token(_ purpose: SignedLink.Purpose, subject: String) -> String {
        SignedLink(purpose, subject: subject).token(secret: linkSecret)
    }
}
