import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /api/v1/public/events`: the upcoming scheduled events with their
/// places left, for the library's website (open, CORS for its origins);
/// `type` (repeatable), `venue` (a place as `place` shows it), `from` and `to` narrow it.
struct PublicEventsController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        routes.open.get("/api/v1/public/events", use: list)
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<PublicEventView> {
        let query = try QueryParameters(request, allowed: ["type", "venue", "from", "to"])
        var filter = try EventListQuery.filter(from: query)
        filter.venue = try EventListQuery.venue(from: query)
        let events = try await dependencies.read { [filter] db in try EventsQueries.upcoming(filter, in: db) }
        return ListView(all: events.map { PublicEventView($0, publicURL: dependencies.publicURL) })
    }
}
