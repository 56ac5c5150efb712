import Foundation
import GatewayKit
import MessageSchema

/// The brand part's share of the start page, the search and the annual report.
struct BrandSections {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    /// Assets awaiting approval (what waits for an editor), and licences
    /// and consents running out within 30 days (alerts).
    func startPage(for viewer: Viewer) async throws -> [PageSection] {
        let today = CalendarDay(vilnius: Date())
        var filter = BrandQueries.AssetFilter()
        filter.statuses = [.submitted]
        let chosen = filter
        let (awaiting, expiring) = try await dependencies.read { db in
            (
                try BrandQueries.assets(chosen, page: Page(limit: 20, offset: 0), in: db),
                try BrandQueries.rights(endingFrom: today, to: today.adding(days: BrandPageViews.alertDays), in: db)
            )
        }
        let data: [String: Any] = [
            "awaiting": awaiting.items.map { BrandPageViews.asset($0, viewer: viewer) }, "awaitingCount": awaiting.total,
            "hasAwaiting": awaiting.total > 0, "moreAwaiting": awaiting.total > awaiting.items.count,
            "expiring": expiring.map { BrandPageViews.right($0, today: today, viewer: viewer) }, "hasExpiring": !expiring.isEmpty,
        ]
        guard awaiting.total > 0 || !expiring.isEmpty else { return [] }
        return [PageSection(order: 40, html: templates.renderFragment("home-brand", data: data, for: viewer))]
    }

    /// Assets by title (and description and tags), diacritics ignored.
    func search(_ text: String, for viewer: Viewer) async throws -> [SearchResultGroup] {
        var filter = BrandQueries.AssetFilter()
        filter.text = String(text.prefix(200))
        let chosen = filter
        let found = try await dependencies.read { db in try BrandQueries.assets(chosen, page: Page(limit: 20, offset: 0), in: db) }
        let results = found.items.map { asset in
            let view = BrandPageViews.asset(asset, viewer: viewer)
            return SearchResultGroup.Result(
                title: asset.title, href: view["href"] as? String ?? "",
                detail: "\(view["kind"] as? String ?? "") · \(view["status"] as? String ?? "")")
        }
        return [SearchResultGroup(kind: Localized(lt: "Prekės ženklo ištekliai", en: "Brand assets"), results: results)]
    }

    /// Assets approved in the year, and the year's publications: published (by kind) and planned.
    func report(year: Int, for viewer: Viewer) async throws -> [ReportSection] {
        let figures = try await dependencies.read { db in try BrandQueries.figures(year: year, in: db) }
        let data: [String: Any] = [
            "approved": figures.assetsApproved, "published": figures.publicationsPublished, "planned": figures.publicationsPlanned,
            "byKind": PublicationKind.allCases.map { kind in
                ["label": viewer.text(BrandPageStrings.publicationKind(kind)), "count": figures.publicationsByKind[kind] ?? 0]
                    as [String: Any]
            },
        ]
        let json: JSONValue = .object([
            "assetsApproved": .number(Double(figures.assetsApproved)),
            "publicationsPublished": .number(Double(figures.publicationsPublished)),
            "publicationsPlanned": .number(Double(figures.publicationsPlanned)),
            "publishedByKind": .object(
                Dictionary(
                    uniqueKeysWithValues: PublicationKind.allCases.map {
                        ($0.rawValue, JSONValue.number(Double(figures.publicationsByKind[$0] ?? 0)))
                    })),
        ])
        return [ReportSection(order: 40, key: "brand", html: templates.renderFragment("report-brand", data: data, for: viewer), json: json)]
    }
}
