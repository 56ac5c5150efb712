import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/brand/assets`: list, register, read and change assets, upload
/// their files, review them, and record their licences and consents.
struct BrandAssetsController {
    static let listParameters = ["kind", "tag", "status", "usable", "q", "limit", "offset"]
    /// The largest file accepted: 20 MB.
    static let maxFileSize = 20 * 1024 * 1024

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.staff.group("/api/v1/brand/assets")
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: show)
        group.patch(":id", use: update)
        group.post(":id/versions", use: upload)
        group.post(":id/review", use: review)
        group.get(":id/licences", use: licences)
        group.post(":id/licences", use: addLicence)
        group.get(":id/consents", use: consents)
        group.post(":id/consents", use: addConsent)
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
        let view = try await existingAsset(command.assetId)
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/brand/assets/\(command.assetId.uuidString)", fresh: sent.fresh)
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

    /// The raw body is the file; `Content-Type` is its MIME type.
    @Sendable func upload(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        guard let mimeType = request.headers[.contentType], !mimeType.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.badHeader("Content-Type", "'Content-Type' must give the file's MIME type, such as image/png")
        }
        let bytes: Data
        do {
            let buffer = try await request.body.collect(upTo: Self.maxFileSize)
            bytes = Data(buffer.readableBytesView)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw Problem.tooLarge(limit: Self.maxFileSize)
        }
        guard !bytes.isEmpty else {
            throw Problem.invalid([FieldError(field: "", detail: "the body is empty; send the file's bytes")])
        }
        _ = try await existingAsset(id)
        let command = UploadAssetVersion(assetId: id, mimeType: mimeType, contentBase64: bytes.base64EncodedString())
        let sent = try await sender.send(command, for: request, context: context)
        let number = sent.result?.number ?? 0
        return WriteResponse(
            status: .created, body: try await existingAsset(id),
            location: "/api/v1/brand/assets/\(id.uuidString)/versions/\(number)", fresh: sent.fresh)
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

extension Problem {
    /// A body above the route's limit.
    static func tooLarge(limit: Int) -> Problem {
        Problem(
            .contentTooLarge, code: "too-large", title: "The body is too large",
            detail: "the body is larger than \(limit) bytes (\(limit / 1024 / 1024) MB), the most this route accepts",
            extensions: ["limit": .number(Double(limit))])
    }
}
