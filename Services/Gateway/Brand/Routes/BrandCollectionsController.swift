import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/brand/collections`: photo and video archives of exhibitions and events.
struct BrandCollectionsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/brand/collections")
        group.get(use: list, .list("Asset collections", CollectionView.self, query: ["eventId", "limit", "offset"]))
        group.post(use: create, .write("Adds a collection", body: CollectionInput.self, answer: CollectionView.self, creates: true))
        group.get(":id", use: show, .read("A collection", CollectionView.self))
        group.post(":id/assets", use: addAsset, .write("Adds an asset to a collection", body: CollectionAssetInput.self, answer: CollectionView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<CollectionView> {
        let query = try QueryParameters(request, allowed: ["eventId", "limit", "offset"])
        let eventId: UUID? = try query.string("eventId").map { text in
            guard let id = UUID(uuidString: text) else { throw Problem.badQuery("eventId", "'eventId' must be a UUID, not '\(text)'") }
            return id
        }
        let page = try query.page()
        let found = try await dependencies.read { db in try BrandQueries.collections(eventId: eventId, page: page, in: db) }
        return ListView(items: found.items, total: found.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CollectionView> {
        let command = try await JSONBody.decode(CollectionInput.self, from: request, context: context).validated()
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.collectionId ?? command.collectionId
        return WriteResponse(
            status: .created, body: try await existingCollection(id), location: "/api/v1/brand/collections/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> CollectionView {
        try await existingCollection(try context.parameters.uuid("id", naming: "collection"))
    }

    @Sendable func addAsset(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CollectionView> {
        let id = try context.parameters.uuid("id", naming: "collection")
        let assetId = try await JSONBody.decode(CollectionAssetInput.self, from: request, context: context).validated()
        _ = try await existingCollection(id)
        let sent = try await sender.send(AddAssetToCollection(collectionId: id, assetId: assetId), for: request, context: context)
        return WriteResponse(body: try await existingCollection(id), fresh: sent.fresh)
    }

    private func existingCollection(_ id: UUID) async throws -> CollectionView {
        let view = try await dependencies.read { db in try BrandQueries.collection(id: id, in: db) }
        guard let view else { throw Problem.notFound("no collection has the id \(id.uuidString)") }
        return view
    }
}
