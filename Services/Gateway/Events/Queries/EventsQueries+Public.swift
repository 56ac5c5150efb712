import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// What the public's pages and the public API ask: upcoming scheduled events,
/// the places they are at, an event the public may see, a registration by its id.
extension EventsQueries {
    /// Scheduled events that have not ended by `now`, matching `filter`, by start.
    static func upcoming(_ filter: EventFilter = EventFilter(), now: Date = Date(), in db: Database) throws -> [EventRecord] {
        var filter = filter
        filter.from = max(filter.from ?? now, now)
        filter.statuses = [.scheduled]
        return try calendarEvents(filter, in: db)
    }

    /// The places (`Venue.place`) of the upcoming scheduled events, in Lithuanian order.
    static func upcomingPlaces(now: Date = Date(), in db: Database) throws -> [String] {
        let places = try String.fetchAll(
            db,
            sql: "SELECT DISTINCT \(Venue.placeSQL) FROM events e WHERE e.status = 'scheduled' AND e.endsAt > ? AND \(Venue.placeSQL) IS NOT NULL",
            arguments: [now])
        return places.sorted(by: LithuanianOrder.areInIncreasingOrder)
    }

    /// The event when the public may see it: scheduled or held, or cancelled after it was scheduled.
    static func publicEvent(id: UUID, in db: Database) throws -> EventRecord? {
        guard let event = try event(id: id, in: db) else { return nil }
        switch event.status {
        case .scheduled, .held: return event
        case .cancelled: return event.scheduledAt == nil ? nil : event
        case .proposed, .approved: return nil
        }
    }

    /// A registration by its id alone (a signed cancel link names only that).
    static func registration(id: UUID, in db: Database) throws -> RegistrationRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM registrations WHERE id = ?", arguments: [id.uuidString])
            .map(RegistrationRecord.init(row:))
    }
}

extension Venue {
    /// The place a public calendar filters by: a library hall's name, else the city, else the country.
    var place: String? { hall ?? city ?? country }

    /// `place` in SQL over `events e`.
    static let placeSQL = "COALESCE(e.venueHall, e.venueCity, e.venueCountry)"
}
