import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The exhibition archives: `GET /zenklas/archyvai` (every archive, and a
/// form to open one), `POST /zenklas/archyvai`, `GET /zenklas/archyvai/{id}`
/// (its assets as cards, and a form to add one), `POST /zenklas/archyvai/{id}/istekliai`.
struct CollectionsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/zenklas/archyvai", use: list)
        routes.pages.post("/zenklas/archyvai", use: open)
        routes.pages.get("/zenklas/archyvai/{id}", use: show)
        routes.pages.post("/zenklas/archyvai/{id}/istekliai", use: addAsset)
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        try await listPage(viewer: Viewer(request: request, context: context))
    }

    private func listPage(
        viewer: Viewer, errors: [String: String] = [:], form: [String: String] = [:], failure: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let collections = try await dependencies.read { db in
            try BrandQueries.collections(eventId: nil, page: Page(limit: Page.maximumLimit, offset: 0), in: db).items
        }
        .sorted { LithuanianOrder.areInIncreasingOrder($0.title, $1.title) }
        var data: [String: Any] = [
            "collections": collections.map { BrandPageViews.collection($0, viewer: viewer) }, "hasCollections": !collections.isEmpty,
            "errors": errors, "form": form,
        ]
        if let failure { data["failure"] = failure }
        return templates.render(
            "collections", title: Localized(lt: "Parodų archyvai", en: "Exhibition archives"), data: data, for: viewer, status: status)
    }

    @Sendable func open(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let typed = ["title": form["title"] ?? ""]
        guard let title = form["title"], title.count <= 300 else {
            let message =
                form["title"] == nil
                ? Localized(lt: "Įrašykite archyvo pavadinimą.", en: "Enter the archive's title.")
                : Localized(lt: "Pavadinimas ilgesnis nei 300 simbolių.", en: "The title is longer than 300 characters.")
            return try await listPage(viewer: viewer, errors: ["title": viewer.text(message)], form: typed, status: .unprocessableContent)
        }
        let command = OpenCollection(title: title)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            let id = sent.result?.collectionId ?? command.collectionId
            return PageTemplates.redirect(to: "/zenklas/archyvai/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return try await listPage(
                viewer: viewer, form: typed, failure: BrandPageViews.refusal(problem, viewer: viewer), status: problem.status)
        }
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(id: try Self.collectionId(context), viewer: Viewer(request: request, context: context))
    }

    private func page(
        id: UUID, viewer: Viewer, errors: [String: String] = [:], failure: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let found = try await dependencies.read { db -> (CollectionView, [AssetView], [(id: UUID, title: String)])? in
            guard let collection = try BrandQueries.collection(id: id, in: db) else { return nil }
            return (collection, try BrandQueries.assets(ids: collection.assetIds, in: db), try BrandQueries.assetChoices(in: db))
        }
        guard let (collection, assets, choices) = found else { throw Self.noSuchCollection }
        let inside = Set(collection.assetIds)
        let others = choices.filter { !inside.contains($0.id) }
        var data: [String: Any] = [
            "collection": BrandPageViews.collection(collection, viewer: viewer),
            "assets": assets.map { BrandPageViews.asset($0, viewer: viewer) }, "hasAssets": !assets.isEmpty,
            "choices": others.map { ["id": $0.id.uuidString.lowercased(), "title": $0.title] }, "hasChoices": !others.isEmpty,
            "errors": errors,
        ]
        if let failure { data["failure"] = failure }
        return templates.render("collection", title: Localized(stringLiteral: collection.title), data: data, for: viewer, status: status)
    }

    @Sendable func addAsset(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.collectionId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let assetId = form["asset"].flatMap(UUID.init(uuidString:)) else {
            let message = viewer.text(Localized(lt: "Pasirinkite išteklių.", en: "Choose an asset."))
            return try await page(id: id, viewer: viewer, errors: ["asset": message], status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(AddAssetToCollection(collectionId: id, assetId: assetId), for: request, context: context)
            return PageTemplates.redirect(to: "/zenklas/archyvai/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return try await page(id: id, viewer: viewer, failure: BrandPageViews.refusal(problem, viewer: viewer), status: problem.status)
        }
    }

    static let noSuchCollection = PageProblem.notFound(Localized(lt: "Tokio archyvo nėra.", en: "There is no such archive."))

    static func collectionId(_ context: GatewayContext) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw noSuchCollection }
        return id
    }
}
