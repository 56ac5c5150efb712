import Foundation
import MessageSchema

/// Makes one mail's `MailContent` from its kind's template: the subject, the
/// plain text and the HTML (URLs in the text become links), in the reader's
/// language where a text exists in it.
public struct MailComposer: Sendable {
    public let templates: MailTemplates
    public let from: MailAddress

    public init(templates: MailTemplates, from: MailAddress) {
        self.templates = templates
        self.from = from
    }

    /// A mail of `kind` to `to`; `values` fill the kind's template, `greeting`
    /// (else the recipient's name or address) the greeting.
    public func compose(
        _ kind: MailKind, id: UUID, to: MailAddress, language preferred: String = "lt", values: [String: Any],
        date: Date, attachments: [MailAttachment] = [], unsubscribeURL: String? = nil, greeting greeted: String? = nil
    ) -> MailContent {
        let language = templates.language(for: kind, preferred: preferred)
        let rendered = templates.render("\(kind.rawValue).\(language)", values)
        let (subject, paragraphs) = Self.split(rendered)
        let greeting = templates.render("greeting.\(language)", ["name": greeted ?? to.name ?? to.address])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let footer = templates.render("footer.\(language)", [:]).trimmingCharacters(in: .whitespacesAndNewlines)
        let layoutValues: [String: Any] = [
            "language": language, "subject": subject, "greeting": greeting, "footer": footer,
            "paragraphs": paragraphs.map { ["text": $0, "html": Self.html($0)] },
        ]
        return MailContent(
            from: from, to: to, subject: subject,
            text: templates.render("layout.txt", layoutValues).trimmingCharacters(in: .whitespacesAndNewlines) + "\n",
            html: templates.render("layout.html", layoutValues), attachments: attachments,
            messageId: "\(id.uuidString.lowercased())@komunika.lnb.lt", date: date, unsubscribeURL: unsubscribeURL)
    }

    /// The first line as the subject, the rest as paragraphs (blank lines between them).
    static func split(_ text: String) -> (subject: String, paragraphs: [String]) {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        let subject = (lines.first ?? "").trimmingCharacters(in: .whitespaces)
        var paragraphs: [String] = []
        var current: [String] = []
        for line in lines.dropFirst() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n")) }
        return (subject, paragraphs)
    }

    /// A paragraph as HTML: escaped, line breaks as `<br>`, `http(s)://` addresses as links.
    static func html(_ paragraph: String) -> String {
        paragraph.components(separatedBy: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
                let text = String(word)
                guard text.hasPrefix("https://") || text.hasPrefix("http://") else { return escape(text) }
                return "<a href=\"\(escape(text))\">\(escape(text))</a>"
            }.joined(separator: " ")
        }.joined(separator: "<br>\n")
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
