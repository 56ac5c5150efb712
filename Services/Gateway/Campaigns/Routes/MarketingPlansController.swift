import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/marketing-plans/{year}`: a year's objectives with their
/// campaigns, planned against done; adding objectives.
struct MarketingPlansController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .campaigns) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/marketing-plans")
        group.get(":year", use: show, .read("The marketing plan of a year", MarketingPlanView.self))
        group.post(
            ":year/objectives", use: addObjective,
            .write("Adds an objective to a year's marketing plan", body: ObjectiveInput.self, answer: ObjectiveView.self, creates: true))
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> MarketingPlanView {
        let year = try context.parameters.year("year")
        _ = try QueryParameters(request, allowed: [])
        return MarketingPlanView(try await dependencies.read { db in try CampaignsQueries.plan(year: year, in: db) })
    }

    @Sendable func addObjective(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ObjectiveView> {
        let year = try context.parameters.year("year")
        let objective = try await JSONBody.decode(ObjectiveInput.self, from: request, context: context)
            .validated(id: UUID(), year: year)
        let sent = try await sender.send(AddMarketingObjective(objective: objective), for: request, context: context)
        return WriteResponse(
            status: .created, body: ObjectiveView(sent.result ?? objective),
            location: "/api/v1/marketing-plans/\(year)", fresh: sent.fresh)
    }
}
