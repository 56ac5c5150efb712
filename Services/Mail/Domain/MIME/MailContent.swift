import Foundation

/// A file attached to a mail (the `.ics` of an event).
public struct MailAttachment: Sendable, Equatable {
    public var filename: String
    /// The whole Content-Type value: `text/calendar; charset=utf-8; method=REQUEST`.
    public var contentType: String
    public var data: Data

    public init(filename: String, contentType: String, data: Data) {
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

/// Everything one mail says, before it is written as RFC 5322 bytes.
public struct MailContent: Sendable, Equatable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var text: String
    public var html: String
    public var attachments: [MailAttachment]
    /// Without the angle brackets: `<id>@komunika.lnb.lt`.
    public var messageId: String
    public var date: Date
    /// The one-click unsubscribe address (RFC 2369, RFC 8058), for mails to lists.
    public var unsubscribeURL: String?

    public init(
        from: MailAddress, to: MailAddress, subject: String, text: String, html: String,
        attachments: [MailAttachment] = [], messageId: String, date: Date, unsubscribeURL: String? = nil
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.attachments = attachments
        self.messageId = messageId
        self.date = date
        self.unsubscribeURL = unsubscribeURL
    }
}
