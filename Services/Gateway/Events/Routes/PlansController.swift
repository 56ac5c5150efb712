import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/plans/{year}`: a year's event plan with its execution per
/// quarter; adding and changing plan items.
struct PlansController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/plans")
        group.get(":year", use: show, .read("The events plan of a year, by quarter", PlanView.self))
        group.post(":year", use: addItem, .write("Adds an item to a year's plan", body: PlanItemInput.self, answer: PlanItemView.self, creates: true))
        group.put(
            ":year/items/:itemId", use: changeItem,
            .write("Changes an item of a year's plan", body: PlanItemInput.self, answer: PlanItemView.self))
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> PlanView {
        let year = try context.parameters.year("year")
        _ = try QueryParameters(request, allowed: [])
        return PlanView(try await dependencies.read { db in try EventsQueries.plan(year: year, in: db) })
    }

    @Sendable func addItem(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PlanItemView> {
        let year = try context.parameters.year("year")
        let input = try await JSONBody.decode(PlanItemInput.self, from: request, context: context)
        let item = try input.validated(id: UUID(), year: year)
        let sent = try await sender.send(AddPlanItem(item: item), for: request, context: context)
        let added = sent.result ?? item
        return WriteResponse(
            status: .created, body: PlanItemView(added),
            location: "/api/v1/plans/\(year)/items/\(added.id.uuidString)", fresh: sent.fresh)
    }

    @Sendable func changeItem(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PlanItemView> {
        let year = try context.parameters.year("year")
        let id = try context.parameters.uuid("itemId", naming: "plan item")
        let input = try await JSONBody.decode(PlanItemInput.self, from: request, context: context)
        let item = try input.validated(id: id, year: year)
        let sent = try await sender.send(ChangePlanItem(item: item), for: request, context: context)
        return WriteResponse(body: PlanItemView(sent.result ?? item), fresh: sent.fresh)
    }
}
