import Foundation
import MessageSchema
import Mustache

/// The mails' texts, from the `.mustache` files in `Templates`: one file per
/// kind and language (`registration-accepted.lt.mustache`) whose first line
/// is the subject and whose paragraphs follow, blank lines between them;
/// `greeting.<lang>` and `footer.<lang>`; and the two layouts that make the
/// plain text and the HTML part from them. Lithuanian is every kind's
/// language; a kind without a text in the reader's language falls back to it.
public struct MailTemplates: Sendable {
    public enum LoadError: Error, CustomStringConvertible {
        case missing(String)
        public var description: String {
            switch self {
            case .missing(let name): "the mail template \(name).mustache is missing"
            }
        }
    }

    private let templates: [String: MustacheTemplate]

    /// Reads every template of `folder` (default: the bundled ones) and
    /// checks that each kind has its Lithuanian text.
    public init(folder: URL? = nil) throws {
        guard let folder = folder ?? Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw LoadError.missing("Templates")
        }
        var templates: [String: MustacheTemplate] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            // Only the HTML layout escapes: the others are plain text.
            let pragma = name == "layout.html" ? "" : "{{% CONTENT_TYPE: TEXT}}"
            templates[name] = try MustacheTemplate(string: pragma + text)
        }
        self.templates = templates
        let needed = MailKind.allCases.map { "\($0.rawValue).lt" } + ["greeting.lt", "footer.lt", "layout.txt", "layout.html"]
        for name in needed where templates[name] == nil { throw LoadError.missing(name) }
    }

    /// The language a text of `kind` exists in: `language`, else Lithuanian.
    func language(for kind: MailKind, preferred language: String) -> String {
        templates["\(kind.rawValue).\(language)"] != nil ? language : "lt"
    }

    func render(_ name: String, _ values: [String: Any]) -> String {
        templates[name]!.render(values)
    }

    func has(_ name: String) -> Bool { templates[name] != nil }
}
