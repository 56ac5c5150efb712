import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/brand/publications`: the library's informational and representative publications.
struct BrandPublicationsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/brand/publications")
        group.get(use: list, .list("Publications", PublicationView.self, query: ["status", "kind", "year", "limit", "offset"]))
        group.post(use: create, .write("Adds a publication", body: PublicationInput.self, answer: PublicationView.self, creates: true))
        group.get(":id", use: show, .read("A publication", PublicationView.self))
        group.patch(":id", use: update, .write("Changes a publication", body: PublicationPatchInput.self, answer: PublicationView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<PublicationView> {
        let query = try QueryParameters(request, allowed: ["status", "kind", "year", "limit", "offset"])
        let statuses = try query.set("status", of: PublicationStatus.self)
        let kinds = try query.set("kind", of: PublicationKind.self)
        let year = try query.integer("year", in: 1900...2100)
        let page = try query.page()
        let found = try await dependencies.read { db in
            try BrandQueries.publications(statuses: statuses, kinds: kinds, year: year, page: page, in: db)
        }
        return ListView(items: found.items, total: found.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PublicationView> {
        let details = try await JSONBody.decode(PublicationInput.self, from: request, context: context).validated()
        let command = AddPublication(details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.publicationId ?? command.publicationId
        return WriteResponse(
            status: .created, body: try await existingPublication(id), location: "/api/v1/brand/publications/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> PublicationView {
        try await existingPublication(try context.parameters.uuid("id", naming: "publication"))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PublicationView> {
        let id = try context.parameters.uuid("id", naming: "publication")
        let patch = try await JSONBody.decode(PublicationPatchInput.self, from: request, context: context).validated()
        _ = try await existingPublication(id)
        let sent = try await sender.send(UpdatePublication(publicationId: id, patch: patch), for: request, context: context)
        return WriteResponse(body: try await existingPublication(id), fresh: sent.fresh)
    }

    private func existingPublication(_ id: UUID) async throws -> PublicationView {
        let view = try await dependencies.read { db in try BrandQueries.publication(id: id, in: db) }
        guard let view else { throw Problem.notFound("no publication has the id \(id.uuidString)") }
        return view
    }
}
