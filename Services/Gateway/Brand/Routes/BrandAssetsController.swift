import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/brand/assets`: list, register, read and change assets, upload
/// their files (streamed into the brand file store, up to 2 GiB) and
/// download any version of them (streamed from it), review them, and record
/// their licences and consents.
struct BrandAssetsController {
    static let listParameters = ["kind", "tag", "status", "usable", "q", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/brand/assets")
        group.get(use: list, .list("Brand assets", AssetView.self, query: Self.listParameters))
        group.post(use: create, .write("Adds a brand asset", body: AssetInput.self, answer: AssetView.self, creates: true))
        group.get(":id", use: show, .read("A brand asset", AssetView.self))
        group.patch(":id", use: update, .write("Changes a brand asset", body: AssetPatchInput.self, answer: AssetView.self))
        group.post(
            ":id/versions", use: upload,
            APIOperation(
                "Uploads a new version of an asset's file (the body, with its Content-Type)", query: ["fileName"],
                body: .file(["*/*"]), answers: [.created(AssetView.self)], problems: APIOperation.commandProblems.union([404, 409])))
        group.get(
            ":id/versions/:number/file", use: download,
            APIOperation(
                "The file of a version (ranges, ETag)",
                answers: [
                    .file("*/*", description: "The file", headers: ["ETag", "Content-Disposition"]),
                    .empty(304, description: "Not modified (If-None-Match)"),
                ], problems: [404]))
        group.post(":id/review", use: review, .write("Approves or rejects an asset", body: ReviewInput.self, answer: AssetView.self))
        group.get(":id/licences", use: licences, .read("An asset's licences", ItemsView<LicenceView>.self))
        group.post(
            ":id/licences", use: addLicence, .write("Adds a licence to an asset", body: LicenceInput.self, answer: AssetView.self, status: 201))
        group.get(":id/consents", use: consents, .read("An asset's consents of the people in it", ItemsView<ConsentView>.self))
        group.post(
            ":id/consents", use: addConsent, .write("Adds a consent to an asset", body: ConsentInput.self, answer: AssetView.self, status: 201))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<AssetView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        var filter = BrandQueries.AssetFilter()
        filter.kinds = try query.set("kind", of: AssetKind.self)
        filter.statuses = try query.set("status", of: AssetStatus.self)
        filter.tag = query.string("tag")
        if let usable = query.string("usable") {
            guard usable == "true" || usable == "false" else {
                throw Problem.badQuery("usable", "'usable' must be true or false, not '\(usable)'", allowed: ["true", "false"])
            }
            filter.usable = usable == "true"
        }
        filter.text = query.string("q")
        if let text = filter.text, text.count > 500 { throw Problem.badQuery("q", "'q' must be at most 500 characters") }
        let page = try query.page()
        let chosen = filter
        let found = try await dependencies.read { db in try BrandQueries.assets(chosen, page: page, in: db) }
        return ListView(items: found.items, total: found.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let details = try await JSONBody.decode(AssetInput.self, from: request, context: context).validated()
        let command = RegisterAsset(details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.assetId ?? command.assetId
        return WriteResponse(
            status: .created, body: try await existingAsset(id), location: "/api/v1/brand/assets/\(id.uuidString)", fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> AssetView {
        try await existingAsset(try context.parameters.uuid("id", naming: "asset"))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let patch = try await JSONBody.decode(AssetPatchInput.self, from: request, context: context).validated()
        _ = try await existingAsset(id)
        let sent = try await sender.send(UpdateAsset(assetId: id, patch: patch), for: request, context: context)
        return WriteResponse(body: try await existingAsset(id), fresh: sent.fresh)
    }

    /// The raw body is the file, `Content-Type` its MIME type, the query's
    /// `fileName` the name it is given back under; streamed into the brand
    /// file store and added as the next version (`BrandFiles.addVersion`).
    @Sendable func upload(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let fileName = try QueryParameters(request, allowed: ["fileName"]).string("fileName")
        let added = try await BrandFiles(dependencies: dependencies).addVersion(
            assetId: id, fileName: fileName, request: request, context: context)
        return WriteResponse(
            status: .created, body: try await existingAsset(id),
            location: "/api/v1/brand/assets/\(id.uuidString)/versions/\(added.number)", fresh: added.fresh)
    }

    /// The bytes of version `number`, streamed from the brand file store (`BrandFiles.download`).
    @Sendable func download(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try context.parameters.uuid("id", naming: "asset")
        return try await BrandFiles(dependencies: dependencies).download(
            assetId: id, number: context.parameters.get("number") ?? "", request: request, context: context)
    }

    @Sendable func review(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let (decision, reason) = try await JSONBody.decode(ReviewInput.self, from: request, context: context).validated()
        _ = try await existingAsset(id)
        let sent = try await sender.send(ReviewAsset(assetId: id, decision: decision, reason: reason), for: request, context: context)
        return WriteResponse(body: try await existingAsset(id), fresh: sent.fresh)
    }

    @Sendable func licences(_ request: Request, context: GatewayContext) async throws -> ItemsView<LicenceView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        return ItemsView(items: try await existingAsset(id).licences)
    }

    @Sendable func addLicence(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let command = try await JSONBody.decode(LicenceInput.self, from: request, context: context).validated(assetId: id)
        _ = try await existingAsset(id)
        let sent = try await sender.send(command, for: request, context: context)
        return WriteResponse(status: .created, body: try await existingAsset(id), fresh: sent.fresh)
    }

    @Sendable func consents(_ request: Request, context: GatewayContext) async throws -> ItemsView<ConsentView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        return ItemsView(items: try await existingAsset(id).consents)
    }

    @Sendable func addConsent(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let command = try await JSONBody.decode(ConsentInput.self, from: request, context: context).validated(assetId: id)
        _ = try await existingAsset(id)
        let sent = try await sender.send(command, for: request, context: context)
        return WriteResponse(status: .created, body: try await existingAsset(id), fresh: sent.fresh)
    }

    private func existingAsset(_ id: UUID) async throws -> AssetView {
        let view = try await dependencies.read { db in try BrandQueries.asset(id: id, in: db) }
        guard let view else { throw Problem.notFound("no asset has the id \(id.uuidString)") }
        return view
    }
}
