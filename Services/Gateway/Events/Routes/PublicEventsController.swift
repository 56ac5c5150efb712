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
        routes.described(.open, "/api/v1/public/events").get(
            use: list,
            .list(
                "Upcoming scheduled events for the library's sites, with the places left",
                PublicEventView.self, query: ["type", "venue", "from", "to"], problems: [400]))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<PublicEventView> {
        let query = try QueryParameters(request, allowed: ["type", "venue", "from", "to"])
        var filter = try EventListQuery.filter(from: query)
        filter.venue = try EventListQuery.venue(from: query)
        let events = try await dependencies.read { [filter] db in try EventsQueries.upcoming(filter, in: db) }
        return ListView(all: events.map { PublicEventView($0, publicURL: dependencies.publicURL) })
    }
}
