import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The public press room: `GET /spaudai` (the distributed press releases,
/// newest first) and `GET /spaudai/{id}` (one of them on its own page; a
/// draft or an approved one is a 404 like an unknown id), on the public
/// pages; its feeds `GET /spaudai/rss.xml` (RSS 2.0) and `GET /spaudai/atom.xml`
/// (Atom), open like the public API, so that a feed reader gets no cookie.
struct PressRoomPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/spaudai", use: list)
        routes.publicPages.get("/spaudai/{id}", use: show)
        routes.open.get("/spaudai/rss.xml", use: rss)
        routes.open.get("/spaudai/atom.xml", use: atom)
    }

    static let title = Localized(lt: "Pranešimai spaudai", en: "Press releases")
    static let noSuchRelease = Localized(lt: "Tokio pranešimo spaudai nėra.", en: "There is no such press release.")

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let releases = try await dependencies.read { db in try PressReleaseFeed.distributed(limit: Page.maximumLimit, in: db) }
        let rows: [[String: Any]] = releases.map { release in
            let text = Self.text(of: release, viewer.language)
            return [
                "href": "/spaudai/\(release.id.uuidString.lowercased())", "title": text.title,
                "date": release.distributedAt.map { HumanDate.day($0, in: viewer.language) } ?? "",
                "lead": Self.paragraphs(text.body).first ?? "",
            ]
        }
        return templates.render("press-room", title: Self.title, data: ["releases": rows, "hasReleases": !rows.isEmpty], for: viewer)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(Self.noSuchRelease)
        }
        let release = try await dependencies.read { db in try MediaRelationsQueries.pressRelease(id: id, in: db) }
        guard let release, release.status == .distributed else { throw PageProblem.notFound(Self.noSuchRelease) }
        let text = Self.text(of: release, viewer.language)
        let data: [String: Any] = [
            "date": release.distributedAt.map { HumanDate.day($0, in: viewer.language) } ?? "",
            "paragraphs": Self.paragraphs(text.body), "lang": text.language.rawValue,
        ]
        return templates.render("press-room-release", title: Localized(lt: text.title, en: text.title), data: data, for: viewer)
    }

    @Sendable func rss(_ request: Request, context: GatewayContext) async throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        let releases = try await dependencies.read { db in try PressReleaseFeed.distributed(in: db) }
        let publicURL = dependencies.publicURL
        let text = PressReleaseFeed.rss(releases, publicURL: publicURL, selfLink: "\(publicURL)/spaudai/rss.xml")
        return PressReleaseFeed.response(text, contentType: "application/rss+xml; charset=utf-8")
    }

    @Sendable func atom(_ request: Request, context: GatewayContext) async throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        let releases = try await dependencies.read { db in try PressReleaseFeed.distributed(in: db) }
        let text = PressReleaseFeed.atom(releases, publicURL: dependencies.publicURL)
        return PressReleaseFeed.response(text, contentType: "application/atom+xml; charset=utf-8")
    }

    /// The title and body in the reader's language: English where the release has it, else Lithuanian.
    static func text(of release: MediaPressReleaseRecord, _ language: Language) -> (title: String, body: String, language: Language) {
        if language == .en, let title = release.content.titleEn, let body = release.content.bodyEn {
            return (title, body, .en)
        }
        return (release.content.titleLt, release.content.bodyLt, .lt)
    }

    /// The body's paragraphs: its blank-line-separated parts, trimmed.
    static func paragraphs(_ body: String) -> [String] {
        body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
