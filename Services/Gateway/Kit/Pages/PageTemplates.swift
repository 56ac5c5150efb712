import Foundation
import Hummingbird
import Mustache

/// One part's page templates (its `Pages/Templates/*.mustache`, bundled as
/// the target's resources) with the kit's layout and partials, and the
/// part's words in both languages. `render` answers a whole HTML page.
///
/// A part's template starts `{{<layout}}{{$content}}…{{/content}}{{/layout}}`
/// and reads what `render` puts in its context: `t` (the words), `me` (who is
/// signed in), `csrf` (for forms), `nav`, `title` and `data` (the page's own view).
public struct PageTemplates: Sendable {
    public let library: MustacheLibrary
    public let strings: PageStrings

    /// Loads the `.mustache` files of `folder` (a part's bundled `Templates`
    /// folder; `nil` for none) over the kit's own; the part's words over the kit's.
    public init(folder: URL?, strings: PageStrings = [:]) throws {
        var library = MustacheLibrary()
        for url in [Self.kitFolder, folder].compactMap({ $0 }) {
            for (name, text) in try Self.templates(in: url) {
                library.register(try MustacheTemplate(string: text), named: name)
            }
        }
        self.library = library
        self.strings = KitStrings.all.merging(strings) { _, part in part }
    }

    /// The templates of `folder` with `strings`, read from disk once per
    /// folder and kept: what a part's `templates()` answers on every request.
    public static func cached(folder: URL?, strings: PageStrings = [:]) throws -> PageTemplates {
        let key = folder?.path ?? ""
        if let templates = TemplateCache.shared.get(key) { return templates }
        let templates = try PageTemplates(folder: folder, strings: strings)
        TemplateCache.shared.set(key, templates)
        return templates
    }

    /// The kit's layout, error page and partials.
    static var kitFolder: URL? { Bundle.module.resourceURL?.appendingPathComponent("Templates") }

    /// The kit's CSS and JavaScript, served under `/static/`.
    public static var staticFolder: URL? { Bundle.module.resourceURL?.appendingPathComponent("Static") }

    static func templates(in folder: URL) throws -> [(String, String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        return try names.sorted().map { name in
            (String(name.dropLast(".mustache".count)), try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// The page `template` shows `data` in, for `viewer`, as an HTML response.
    public func render(
        _ template: String, title: Localized, data: Any = [String: Any](), for viewer: Viewer, status: HTTPResponse.Status = .ok
    ) -> Response {
        let html = renderHTML(template, title: title, data: data, for: viewer)
        return Self.htmlResponse(html, status: status)
    }

    /// The text of the page; what `render` sends.
    public func renderHTML(_ template: String, title: Localized, data: Any = [String: Any](), for viewer: Viewer) -> String {
        let context = viewer.templateContext(title: title.text(in: viewer.language), strings: strings, data: data)
        guard let html = library.render(context, withTemplate: template) else {
            return "<!doctype html><title>Komunika</title><p>The page template '\(template)' is missing.</p>"
        }
        return html
    }

    /// A piece of a page without the layout (a part's section of the start
    /// page or the annual report), with the same context as a whole page.
    public func renderFragment(_ template: String, data: Any = [String: Any](), for viewer: Viewer) -> String {
        renderHTML(template, title: "", data: data, for: viewer)
    }

    public static func htmlResponse(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A `303 See Other` to `location`: where a form's POST sends the browser next.
    public static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}

/// The templates read so far, by folder.
private final class TemplateCache: @unchecked Sendable {
    static let shared = TemplateCache()
    private let lock = NSLock()
    private var byFolder: [String: PageTemplates] = [:]

    func get(_ key: String) -> PageTemplates? { lock.withLock { byFolder[key] } }
    func set(_ key: String, _ templates: PageTemplates) { lock.withLock { byFolder[key] = templates } }
}
