import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /api/v1/stats/demand?year=`: demand for a year's events per type and
/// per month (the current Vilnius year when `year` is absent).
struct StatsController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/stats")
        group.get(
            "demand", use: demand,
            .read("Demand for events in a year: registrations, waiting lists, attendance", DemandView.self, query: ["year"], problems: []))
    }

    @Sendable func demand(_ request: Request, context: GatewayContext) async throws -> DemandView {
        let query = try QueryParameters(request, allowed: ["year"])
        let year = try query.integer("year", in: GatewayLimits.years) ?? VilniusTime.currentYear()
        return DemandView(try await dependencies.read { db in try EventsQueries.demand(year: year, in: db) })
    }
}
