import Foundation
import Hummingbird
import MessageSchema

/// `GET /api/v1/activity?subject=<uuid>`: the activity history of one
/// thing (an event, asset, submission, press release …), newest first, a
/// page at a time (`limit`, `offset`). For the staff: a viewer reads it.
public struct ActivityRoutes: Sendable {
    public static let parameters = ["subject", "limit", "offset"]

    public let dependencies: GatewayDependencies

    public init(dependencies: GatewayDependencies) {
        self.dependencies = dependencies
    }

    public func addRoutes(to staff: DescribedRoutes) {
        staff.get(
            "/api/v1/activity", use: list,
            APIOperation.list("The activity history of one thing, newest first", ActivityView.self, query: Self.parameters)
                .requiring("subject"))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<ActivityView> {
        let query = try QueryParameters(request, allowed: Self.parameters)
        guard let text = query.string("subject") else {
            throw Problem.badQuery("subject", "'subject' is required: the id of the thing whose history to show")
        }
        guard let subject = UUID(uuidString: text) else {
            throw Problem.badQuery("subject", "'subject' must be a UUID, not '\(text)'")
        }
        let page = try query.page()
        let result = try await dependencies.read { db in try ActivityQueries.activity(of: subject, page: page, in: db) }
        return ListView(
            items: result.items.map(ActivityView.init), total: result.total, limit: page.limit, offset: page.offset)
    }
}

/// An entry of an activity history as the API shows it:
/// `{"type","version","source","seq","occurredAt","actor"}`, the time in
/// Europe/Vilnius with its offset, `actor` `{"accountId","name"}` or `null`.
public struct ActivityView: Codable, Equatable, Sendable {
    public var type: String
    public var version: Int
    public var source: String
    public var seq: Int64
    public var occurredAt: String
    @ExplicitNull public var actor: ActorView?

    public init(_ entry: ActivityEntry) {
        type = entry.type
        version = entry.version
        source = entry.source
        seq = entry.seq
        occurredAt = Timestamp.formatVilnius(entry.occurredAt)
        actor = entry.actor.map(ActorView.init)
    }
}
