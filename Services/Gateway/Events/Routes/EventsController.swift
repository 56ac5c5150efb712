import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/events`: list, propose, read, change, and move events through
/// their lifecycle.
struct EventsController {
    static let listParameters = ["from", "to", "type", "status", "q", "sort", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/events")
        group.get(use: list, .list("Events, filtered and sorted", EventView.self, query: Self.listParameters))
        group.post(use: create, .write("Proposes an event", body: EventInput.self, answer: EventView.self, creates: true))
        group.get(":id", use: show, .read("An event", EventView.self))
        group.patch(":id", use: update, .write("Changes an event's details", body: EventPatchInput.self, answer: EventView.self))
        group.post(
            ":id/transitions", use: transition,
            .write("Moves an event to another status", body: TransitionInput.self, answer: EventView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<EventView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        let filter = try EventListQuery.filter(from: query)
        let sort = try query.value("sort", as: EventSort.self) ?? .startsAt
        let page = try query.page()
        let result = try await dependencies.read { db in
            try EventsQueries.events(filter, sort: sort, page: page, in: db)
        }
        return ListView(
            items: result.items.map(EventView.init), total: result.total, limit: result.page.limit,
            offset: result.page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<EventView> {
        let details = try await JSONBody.decode(EventInput.self, from: request, context: context).validated()
        let command = ProposeEvent(eventId: UUID(), details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.eventId ?? command.eventId
        let record = try await dependencies.read { db in try EventsQueries.event(id: id, in: db) }
        let view =
            record.map(EventView.init)
            ?? EventView(
                EventRecord(id: id, status: .proposed, details: details, updatedAt: Date(), updatedSeq: sent.seq ?? 0))
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/events/\(id.uuidString)", fresh: sent.fresh && record != nil)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> EventView {
        let id = try context.parameters.uuid("id", naming: "event")
        return EventView(try await existingEvent(id))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<EventView> {
        let id = try context.parameters.uuid("id", naming: "event")
        let input = try await JSONBody.decode(EventPatchInput.self, from: request, context: context)
        let current = try await dependencies.read { db in try EventsQueries.event(id: id, in: db) }
        let patch = try input.validated(current: current?.details)
        let sent = try await sender.send(UpdateEvent(eventId: id, patch: patch), for: request, context: context)
        var record = try await existingEvent(id)
        if !sent.fresh { record.details = patch.applied(to: record.details) }
        return WriteResponse(body: EventView(record), fresh: sent.fresh)
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> WriteResponse<EventView> {
        let id = try context.parameters.uuid("id", naming: "event")
        let (status, reason) = try await JSONBody.decode(TransitionInput.self, from: request, context: context).validated()
        let sent = try await sender.send(TransitionEvent(eventId: id, to: status, reason: reason), for: request, context: context)
        var record = try await existingEvent(id)
        if !sent.fresh { record.status = status }
        return WriteResponse(body: EventView(record), fresh: sent.fresh)
    }

    private func existingEvent(_ id: UUID) async throws -> EventRecord {
        let record = try await dependencies.read { db in try EventsQueries.event(id: id, in: db) }
        guard let record else { throw Problem.notFound("no event has the id \(id.uuidString)") }
        return record
    }
}

/// The query parameters of event lists, read into a filter and a page.
enum EventListQuery {
    static func filter(from query: QueryParameters) throws -> EventFilter {
        let from = try query.date("from")
        let to = try query.date("to")
        if let from, let to, from >= to {
            throw Problem.badQuery("to", "'to' must be after 'from'")
        }
        let text = query.string("q")
        if let text, text.count > 500 {
            throw Problem.badQuery("q", "'q' must be at most 500 characters")
        }
        return EventFilter(
            from: from, to: to, types: try query.set("type", of: EventType.self),
            statuses: try query.set("status", of: EventStatus.self), text: text)
    }

    /// `venue`: a place as the public events show it (`place`), at most 200 characters.
    static func venue(from query: QueryParameters) throws -> String? {
        guard let venue = query.string("venue")?.trimmingCharacters(in: .whitespaces), !venue.isEmpty else { return nil }
        if venue.count > 200 { throw Problem.badQuery("venue", "'venue' must be at most 200 characters") }
        return venue
    }
}
