import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Registering and editing an asset through a form: `GET|POST /zenklas/naujas`,
/// `GET|POST /zenklas/istekliai/{id}/redaguoti`. A new asset has no file
/// yet: its page offers the upload next.
struct AssetFormPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/zenklas/naujas", use: newForm)
        routes.pages.post("/zenklas/naujas", use: create)
        routes.pages.get("/zenklas/istekliai/{id}/redaguoti", use: editForm)
        routes.pages.post("/zenklas/istekliai/{id}/redaguoti", use: update)
    }

    @Sendable func newForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        try Self.requireEditor(viewer)
        return page(AssetForm(), assetId: nil, viewer: viewer)
    }

    /// A viewer is not shown a form they could not send.
    static func requireEditor(_ viewer: Viewer) throws {
        guard viewer.canEdit else {
            throw PageProblem.forbidden(
                Localized(lt: "Ištekliams keisti reikia redaktoriaus vaidmens.", en: "Changing assets needs the editor role."))
        }
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var assetForm = AssetForm(form)
        guard let details = assetForm.details(in: viewer.language) else {
            return page(assetForm, assetId: nil, viewer: viewer, status: .unprocessableContent)
        }
        let command = RegisterAsset(details: details)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: BrandPageViews.assetHref(sent.result?.assetId ?? command.assetId))
        } catch let problem as Problem {
            return page(assetForm, assetId: nil, viewer: viewer, refusal: problem)
        }
    }

    @Sendable func editForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        let viewer = Viewer(request: request, context: context)
        try Self.requireEditor(viewer)
        let asset = try await existing(id)
        return page(AssetForm(asset), assetId: id, viewer: viewer)
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        _ = try await existing(id)
        var assetForm = AssetForm(form)
        guard let details = assetForm.details(in: viewer.language) else {
            return page(assetForm, assetId: id, viewer: viewer, status: .unprocessableContent)
        }
        // A blank description is sent as empty text: the brand service drops it.
        let patch = AssetPatch(kind: details.kind, title: details.title, description: details.description ?? "", tags: details.tags)
        do {
            _ = try await sender.send(UpdateAsset(assetId: id, patch: patch), for: request, context: context)
            return PageTemplates.redirect(to: BrandPageViews.assetHref(id))
        } catch let problem as Problem {
            return page(assetForm, assetId: id, viewer: viewer, refusal: problem)
        }
    }

    private func existing(_ id: UUID) async throws -> AssetView {
        guard let asset = try await dependencies.read({ db in try BrandQueries.asset(id: id, in: db) }) else {
            throw BrandPagesController.noSuchAsset
        }
        return asset
    }

    private func page(
        _ form: AssetForm, assetId: UUID?, viewer: Viewer, refusal: Problem? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        var data: [String: Any] = [
            "fields": form.fields(viewer: viewer), "hasErrors": !form.errors.isEmpty,
            "action": assetId.map { BrandPageViews.assetHref($0) + "/redaguoti" } ?? "/zenklas/naujas",
            "back": assetId.map(BrandPageViews.assetHref) ?? "/zenklas",
            "submit": viewer.text(assetId == nil ? Localized(lt: "Registruoti", en: "Register") : Localized(lt: "Išsaugoti", en: "Save")),
        ]
        var status = status
        if let refusal {
            status = refusal.status
            data["failure"] = BrandPageViews.refusal(refusal, viewer: viewer)
        }
        let title =
            assetId == nil
            ? Localized(lt: "Registruoti išteklių", en: "Register an asset") : Localized(lt: "Ištekliaus redagavimas", en: "Edit the asset")
        return templates.render("asset-form", title: title, data: data, for: viewer, status: status)
    }
}
