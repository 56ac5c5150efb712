import Foundation
import GatewayKit
import Hummingbird

/// `GET /paieska?q=…`: one box that finds events, campaigns, contacts,
/// press releases, mentions, assets, courses and surveys at once,
/// diacritics ignored (`zalciu` finds `Žalčių`), grouped by kind.
struct SearchController {
    let dependencies: GatewayDependencies
    let parts: [any GatewayPart]
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/paieska", use: search)
    }

    @Sendable func search(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let query = (request.uri.queryParameters["q"].map(String.init) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var groups: [SearchResultGroup] = []
        if !query.isEmpty {
            for part in parts { groups += try await part.search(query, for: viewer, dependencies: dependencies) }
        }
        groups = groups.filter { !$0.results.isEmpty }
        let total = groups.map(\.results.count).reduce(0, +)
        let summary = Localized(lt: "Rasta: \(total) pagal „\(query)“.", en: "Found: \(total) for “\(query)”.")
        let data: [String: Any] = [
            "query": query, "summary": viewer.text(summary),
            "groups": groups.map { group in
                [
                    "kind": viewer.text(group.kind), "count": group.results.count,
                    "results": group.results.map { ["title": $0.title, "href": $0.href, "detail": $0.detail] },
                ] as [String: Any]
            },
        ]
        return templates.render("search", title: Localized(lt: "Paieška", en: "Search"), data: data, for: viewer)
    }
}
