import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/visits`: journalists' visits, requested → confirmed → held, or cancelled.
struct VisitsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/visits")
        group.get(use: list, .list("Journalists' visits", VisitView.self, query: ["status", "journalistId", "limit", "offset"]))
        group.post(use: create, .write("Books a journalist's visit", body: VisitInput.self, answer: VisitView.self, creates: true))
        group.get(":id", use: show, .read("A journalist's visit", VisitView.self))
        group.post(
            ":id/transitions", use: transition, .write("Moves a visit to another status", body: VisitTransitionInput.self, answer: VisitView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<VisitView> {
        let query = try QueryParameters(request, allowed: ["status", "journalistId", "limit", "offset"])
        let statuses = try query.set("status", of: VisitStatus.self)
        let journalistId = try PressReleasesController.uuid(query, "journalistId")
        let page = try query.page()
        let result = try await dependencies.read { db in
            try MediaRelationsQueries.visits(statuses: statuses, journalistId: journalistId, page: page, in: db)
        }
        return ListView(items: result.items.map(VisitView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<VisitView> {
        let details = try await JSONBody.decode(VisitInput.self, from: request, context: context).validated()
        let command = RequestVisit(visitId: UUID(), details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.visitId ?? command.visitId
        return WriteResponse(
            status: .created, body: VisitView(try await existing(id)), location: "/api/v1/visits/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> VisitView {
        VisitView(try await existing(try context.parameters.uuid("id", naming: "visit")))
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> WriteResponse<VisitView> {
        let id = try context.parameters.uuid("id", naming: "visit")
        let (status, reason) = try await JSONBody.decode(VisitTransitionInput.self, from: request, context: context).validated()
        let sent = try await sender.send(TransitionVisit(visitId: id, to: status, reason: reason), for: request, context: context)
        return WriteResponse(body: VisitView(try await existing(id)), fresh: sent.fresh)
    }

    private func existing(_ id: UUID) async throws -> MediaVisitRecord {
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.visit(id: id, in: db) }) else {
            throw Problem.notFound("no visit has the id \(id.uuidString)")
        }
        return record
    }
}
