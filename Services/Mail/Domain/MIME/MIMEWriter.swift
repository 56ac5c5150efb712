import Foundation

/// Writes a `MailContent` as an RFC 5322 message with MIME (RFC 2045–2049):
/// `multipart/alternative` of text/plain and text/html (quoted-printable,
/// UTF-8), inside `multipart/mixed` when files are attached (base64). CRLF
/// line endings, no line over 78 characters; 7-bit throughout, so any relay
/// takes it. The same content gives the same bytes.
public enum MIMEWriter {
    public static func write(_ mail: MailContent) -> Data {
        var headers = [
            "From: \(mail.from.header)",
            "To: \(mail.to.header)",
            "Subject: \(MIMEEncoding.unstructured(mail.subject, headerName: "Subject"))",
            "Date: \(MIMEEncoding.date(mail.date))",
            "Message-ID: <\(mail.messageId)>",
            "MIME-Version: 1.0",
            // RFC 3834: a machine wrote it; no auto-replies wanted.
            "Auto-Submitted: auto-generated",
        ]
        if let unsubscribe = mail.unsubscribeURL {
            headers.append("List-Unsubscribe: <\(unsubscribe)>")
            headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
        }
        let boundary = boundary(for: mail.messageId)
        let alternative = [
            part(type: "text/plain; charset=utf-8", encoding: "quoted-printable", body: MIMEEncoding.quotedPrintable(mail.text)),
            part(type: "text/html; charset=utf-8", encoding: "quoted-printable", body: MIMEEncoding.quotedPrintable(mail.html)),
        ]
        var body: String
        if mail.attachments.isEmpty {
            headers.append("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)a\"")
            body = multipart(alternative, boundary: boundary + "a")
        } else {
            headers.append("Content-Type: multipart/mixed;\r\n boundary=\"\(boundary)m\"")
            var parts = [
                "Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)a\"\r\n\r\n"
                    + multipart(alternative, boundary: boundary + "a")
            ]
            for attachment in mail.attachments {
                let name = MIMEEncoding.phrase(attachment.filename)
                let quoted = name.hasPrefix("\"") || name.hasPrefix("=?") ? name : "\"\(name)\""
                parts.append(
                    "Content-Type: \(attachment.contentType);\r\n name=\(quoted)\r\n"
                        + "Content-Transfer-Encoding: base64\r\n"
                        + "Content-Disposition: attachment;\r\n filename=\(quoted)\r\n\r\n"
                        + MIMEEncoding.base64Lines(attachment.data))
            }
            body = multipart(parts, boundary: boundary + "m")
        }
        return Data((headers.joined(separator: "\r\n") + "\r\n\r\n" + body).utf8)
    }

    private static func part(type: String, encoding: String, body: String) -> String {
        "Content-Type: \(type)\r\nContent-Transfer-Encoding: \(encoding)\r\n\r\n\(body)"
    }

    private static func multipart(_ parts: [String], boundary: String) -> String {
        parts.map { "--\(boundary)\r\n\($0)\r\n" }.joined() + "--\(boundary)--\r\n"
    }

    /// `=_` and the message id's letters and digits: a boundary no
    /// quoted-printable or base64 body can contain (they never have `=_`),
    /// the same for the same message.
    static func boundary(for messageId: String) -> String {
        "=_komunika_" + String(messageId.prefix { $0 != "@" }.filter { $0.isLetter || $0.isNumber }.prefix(32))
    }
}
