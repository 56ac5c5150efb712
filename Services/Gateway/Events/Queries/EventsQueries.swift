import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// What the HTTP API asks the read model. Every function reads inside the
/// `Database` it is given, so one `read { }` sees one consistent state.
enum EventsQueries {
    /// Events matching `filter`, in `sort` order, one `page` of them, with the number matching in all.
    static func events(
        _ filter: EventFilter, sort: EventSort = .startsAt, page: Page = Page(), in db: Database
    ) throws -> EventPage {
        let (conditions, arguments) = try whereClause(filter, in: db)
        guard let conditions else { return EventPage(items: [], total: 0, page: page) }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events e \(conditions)", arguments: arguments) ?? 0
        let order =
            switch sort {
            case .startsAt: "e.startsAt, e.titleSortKey, e.titleLt, e.id"
            case .title: "e.titleSortKey, e.titleLt, e.startsAt, e.id"
            }
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT \(EventRecord.selection) FROM events e \(conditions) ORDER BY \(order) LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return EventPage(items: try rows.map(EventRecord.init(row:)), total: total, page: page)
    }

    static func event(id: UUID, in db: Database) throws -> EventRecord? {
        try Row.fetchOne(
            db, sql: "SELECT \(EventRecord.selection) FROM events e WHERE e.id = ?", arguments: [id.uuidString]
        ).map(EventRecord.init(row:))
    }

    /// The event's registrations: accepted ones by registration time, then
    /// the waiting list in order, then cancelled ones.
    static func registrations(eventId: UUID, in db: Database) throws -> [RegistrationRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM registrations WHERE eventId = ?
                ORDER BY CASE status WHEN 'accepted' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
                    position, registeredAt, id
                """,
            arguments: [eventId.uuidString]
        ).map(RegistrationRecord.init(row:))
    }

    static func registration(id: UUID, eventId: UUID, in db: Database) throws -> RegistrationRecord? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM registrations WHERE id = ? AND eventId = ?",
            arguments: [id.uuidString, eventId.uuidString]
        ).map(RegistrationRecord.init(row:))
    }

    /// Events a public calendar shows: scheduled and held ones, and cancelled
    /// ones that had been scheduled, by start.
    static func calendarEvents(_ filter: EventFilter = EventFilter(), in db: Database) throws -> [EventRecord] {
        let (conditions, arguments) = try whereClause(filter, in: db)
        guard let conditions else { return [] }
        let published = "(e.status IN ('scheduled', 'held') OR (e.status = 'cancelled' AND e.scheduledAt IS NOT NULL))"
        let clause = conditions.isEmpty ? "WHERE \(published)" : "\(conditions) AND \(published)"
        return try Row.fetchAll(
            db, sql: "SELECT \(EventRecord.selection) FROM events e \(clause) ORDER BY e.startsAt, e.id",
            arguments: arguments
        ).map(EventRecord.init(row:))
    }

    /// The SQL `WHERE …` for `filter` (empty when it filters nothing), or
    /// `nil` when nothing can match.
    static func whereClause(_ filter: EventFilter, in db: Database) throws -> (String?, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let from = filter.from {
            conditions.append("e.endsAt > ?")
            arguments += [from]
        }
        if let to = filter.to {
            conditions.append("e.startsAt < ?")
            arguments += [to]
        }
        if !filter.types.isEmpty {
            let types = filter.types.map(\.rawValue).sorted()
            conditions.append("e.type IN (\(Array(repeating: "?", count: types.count).joined(separator: ", ")))")
            arguments += StatementArguments(types)
        }
        if !filter.statuses.isEmpty {
            let statuses = filter.statuses.map(\.rawValue).sorted()
            conditions.append("e.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ", ")))")
            arguments += StatementArguments(statuses)
        }
        if let text = filter.text, let pattern = try SearchPattern.make(text, table: "eventSearch", in: db) {
            conditions.append("e.rowid IN (SELECT rowid FROM eventSearch WHERE eventSearch MATCH ?)")
            arguments += [pattern]
        }
        if let venue = filter.venue {
            conditions.append("\(Venue.placeSQL) = ?")
            arguments += [venue]
        }
        if let from = filter.from, let to = filter.to, from >= to { return (nil, arguments) }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }
}
