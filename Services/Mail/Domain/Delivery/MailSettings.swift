import Foundation
import MessageSchema

/// The mail service's settings from its environment:
///
/// - `KOMUNIKA_SMTP_URL`: the relay, `smtp://user:password@host:587` (STARTTLS
///   when offered) or `smtps://…:465`; unset or empty, mails are written as
///   `.eml` files to `<data>/mail/`.
/// - `KOMUNIKA_MAIL_FROM`: the sender, `Name <address>` or an address
///   (default `LNB Komunikacijos skyrius <komunika@lnb.lt>`).
/// - `KOMUNIKA_STAFF_MAIL`: the department's shared mailbox, where alerts to
///   staff go (an event full, a licence or consent about to expire, a
///   submission reviewed): one or more addresses, comma-separated, each
///   `Name <address>` or an address; unset or empty, no alert is sent.
/// - `KOMUNIKA_PUBLIC_URL`: what links start with (default, as the gateway's:
///   `http://KOMUNIKA_HTTP_HOST:KOMUNIKA_HTTP_PORT`).
/// - `KOMUNIKA_MAIL_RETRY_SECONDS` (default 60) and `KOMUNIKA_MAIL_GIVE_UP_HOURS`
///   (default 24): the first wait after a failure (it doubles, to an hour at
///   most), and when a mail is given up.
public struct MailSettings: Sendable {
    public var smtpURL: String?
    public var from: MailAddress
    /// Who gets the alerts to staff; empty when `KOMUNIKA_STAFF_MAIL` names nobody.
    public var staff: [MailAddress]
    public var publicURL: String
    public var backoff: MailSender.Backoff

    public init(environment: [String: String]) {
        smtpURL = environment["KOMUNIKA_SMTP_URL"].flatMap { $0.isEmpty ? nil : $0 }
        from =
            Self.address(environment["KOMUNIKA_MAIL_FROM"] ?? "")
            ?? MailAddress(name: "LNB Komunikacijos skyrius", address: "komunika@lnb.lt")
        staff = (environment["KOMUNIKA_STAFF_MAIL"] ?? "").split(separator: ",").compactMap { Self.address(String($0)) }
        let host = environment["KOMUNIKA_HTTP_HOST"] ?? "127.0.0.1"
        let port = environment["KOMUNIKA_HTTP_PORT"] ?? "8080"
        publicURL = environment["KOMUNIKA_PUBLIC_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? "http://\(host):\(port)"
        backoff = MailSender.Backoff()
        if let seconds = environment["KOMUNIKA_MAIL_RETRY_SECONDS"].flatMap(Double.init), seconds > 0 {
            backoff.first = seconds
        }
        if let hours = environment["KOMUNIKA_MAIL_GIVE_UP_HOURS"].flatMap(Double.init), hours > 0 {
            backoff.giveUpAfter = hours * 3_600
        }
    }

    /// `Name <address>` or a bare address; `nil` when there is none.
    static func address(_ text: String) -> MailAddress? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let open = trimmed.lastIndex(of: "<"), trimmed.hasSuffix(">") {
            let name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            return MailAddress(name: name.isEmpty ? nil : name, address: address)
        }
        return MailAddress(address: trimmed)
    }

    /// The transport: the relay when one is set, else files in `<data>/mail/`.
    public func transport(dataDirectory: String) -> any MailTransport {
        if let smtpURL { return SMTPTransport(url: smtpURL) }
        return FileTransport(directory: URL(fileURLWithPath: dataDirectory).appendingPathComponent("mail"))
    }
}
