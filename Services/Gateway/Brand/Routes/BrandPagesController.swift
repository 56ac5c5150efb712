import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The brand's pages to read: `GET /zenklas` (the asset library: a grid of
/// cards with thumbnails, filters by kind and status, search by title),
/// `GET /zenklas/istekliai/{id}` (an asset: details, versions to download,
/// who approved it and when, review, licences and consents with their
/// expiry, archives, activity), `GET /zenklas/licencijos` (every licence
/// and consent by expiry).
struct BrandPagesController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/zenklas", use: library)
        routes.pages.get("/zenklas/istekliai/{id}", use: show)
        routes.pages.get("/zenklas/licencijos", use: rights)
    }

    @Sendable func library(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let query = request.uri.queryParameters
        let text = query["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let kind = query["kind"].flatMap { AssetKind(rawValue: String($0)) }
        let status = query["status"].flatMap { AssetStatus(rawValue: String($0)) }
        let offset = max(0, query["nuo"].flatMap { Int(String($0)) } ?? 0)
        var filter = BrandQueries.AssetFilter()
        filter.kinds = kind.map { [$0] } ?? []
        filter.statuses = status.map { [$0] } ?? []
        filter.text = text.isEmpty ? nil : String(text.prefix(200))
        let page = Page(limit: 48, offset: offset)
        let chosen = filter
        let result = try await dependencies.read { db in try BrandQueries.assets(chosen, page: page, in: db) }
        let assets = result.items.map { BrandPageViews.asset($0, viewer: viewer) }
        func link(_ offset: Int) -> String {
            var items = ["nuo=\(offset)"]
            if !text.isEmpty { items.append("q=\(Viewer.queryEscapedValue(text))") }
            if let kind { items.append("kind=\(kind.rawValue)") }
            if let status { items.append("status=\(status.rawValue)") }
            return "/zenklas?" + items.joined(separator: "&")
        }
        var pager: [String: Any] = [:]
        if offset > 0 { pager["previous"] = link(max(0, offset - page.limit)) }
        if offset + page.limit < result.total { pager["next"] = link(offset + page.limit) }
        let data: [String: Any] = [
            "assets": assets, "hasAssets": !assets.isEmpty, "total": result.total, "filter": ["q": text],
            "kinds": BrandPageViews.options(AssetKind.self, selected: kind?.rawValue, label: BrandPageStrings.kind, viewer: viewer),
            "statuses": BrandPageViews.options(
                AssetStatus.self, selected: status?.rawValue, label: BrandPageStrings.status, viewer: viewer),
            "pager": pager.isEmpty ? false : pager,
        ]
        return templates.render("assets", title: Localized(lt: "Išteklių biblioteka", en: "Asset library"), data: data, for: viewer)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.assetId(context)
        return try await page(id: id, viewer: Viewer(request: request, context: context))
    }

    /// What a form posted from the asset's page left to show on it again.
    struct Outcome {
        var failure: String?
        /// Messages next to the fields, by field name.
        var errors: [String: String] = [:]
        /// What was typed, by field name.
        var form: [String: String] = [:]
        var status: HTTPResponse.Status = .ok
    }

    /// The asset's page, with a refusal or field errors of a form it posted.
    func page(id: UUID, viewer: Viewer, outcome: Outcome = Outcome()) async throws -> Response {
        let found = try await dependencies.read { db -> (AssetView, [CollectionView], [CollectionView])? in
            guard let asset = try BrandQueries.asset(id: id, in: db) else { return nil }
            let holding = try BrandQueries.collections(holding: id, in: db)
            let all = try BrandQueries.collections(eventId: nil, page: Page(limit: Page.maximumLimit, offset: 0), in: db).items
            return (asset, holding, all)
        }
        guard let (asset, holding, collections) = found else { throw Self.noSuchAsset }
        let today = CalendarDay(vilnius: Date())
        let status = AssetStatus(rawValue: asset.status)
        let holdingIds = Set(holding.map(\.id))
        let others =
            collections.filter { !holdingIds.contains($0.id) }
            .sorted { LithuanianOrder.areInIncreasingOrder($0.title, $1.title) }
        var data: [String: Any] = [
            "asset": BrandPageViews.asset(asset, viewer: viewer),
            "licences": asset.licences.map { licence in
                var view = BrandPageViews.expiry(licence.expiresOn.flatMap(CalendarDay.init), today: today, viewer: viewer)
                view["holder"] = licence.holder
                view["terms"] = licence.terms
                return view
            },
            "hasLicences": !asset.licences.isEmpty,
            "consents": asset.consents.map { consent in
                var view = BrandPageViews.expiry(consent.expiresOn.flatMap(CalendarDay.init), today: today, viewer: viewer)
                view["person"] = consent.person
                view["note"] = consent.note ?? ""
                return view
            },
            "hasConsents": !asset.consents.isEmpty,
            "canApprove": (status == .submitted || status == .withdrawn) && !asset.versions.isEmpty,
            "canReject": status == .submitted,
            "holding": holding.map { BrandPageViews.collection($0, viewer: viewer) }, "hasHolding": !holding.isEmpty,
            "collectionChoices": others.map { ["id": $0.id.uuidString.lowercased(), "title": $0.title] },
            "hasCollectionChoices": !others.isEmpty,
            "errors": outcome.errors, "form": outcome.form,
            "activity": try await ActivitySection.html(of: id, templates: templates, viewer: viewer, dependencies: dependencies),
        ]
        if let failure = outcome.failure { data["failure"] = failure }
        return templates.render("asset", title: Localized(stringLiteral: asset.title), data: data, for: viewer, status: outcome.status)
    }

    @Sendable func rights(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let today = CalendarDay(vilnius: Date())
        let soonOnly = request.uri.queryParameters["netrukus"] != nil
        let rights = try await dependencies.read { db in
            soonOnly
                ? try BrandQueries.rights(endingFrom: today, to: today.adding(days: BrandPageViews.alertDays), in: db)
                : try BrandQueries.rights(in: db)
        }
        let data: [String: Any] = [
            "rights": rights.map { BrandPageViews.right($0, today: today, viewer: viewer) }, "hasRights": !rights.isEmpty,
            "soonOnly": soonOnly, "total": rights.count,
        ]
        return templates.render("rights", title: Localized(lt: "Licencijos ir sutikimai", en: "Licences and consents"), data: data, for: viewer)
    }

    static let noSuchAsset = PageProblem.notFound(Localized(lt: "Tokio ištekliaus nėra.", en: "There is no such asset."))

    static func assetId(_ context: GatewayContext) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw noSuchAsset }
        return id
    }
}
