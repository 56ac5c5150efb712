import Foundation
import GRDB
import MessageSchema

extension EventsQueries {
    /// The library's halls the form offers: those events were held in, and the usual ones.
    static func halls(in db: Database) throws -> [String] {
        let used = try String.fetchAll(
            db, sql: "SELECT DISTINCT venueHall FROM events WHERE venueKind = 'library-hall' AND venueHall IS NOT NULL")
        var seen = Set<String>()
        return (usualHalls + used).filter { seen.insert($0.lowercased()).inserted }
    }

    static let usualHalls = ["Konferencijų salė", "Parodų erdvė", "Kino salė", "Amfiteatras", "Muzikos skaitykla", "Edukacijų klasė"]

    /// The events that hold `hall` at some moment of [start, end), cancelled ones aside:
    /// what the form shows before it is saved (the events service refuses the same).
    static func clashes(hall: String, start: Date, end: Date, except eventId: UUID?, in db: Database) throws -> [EventRecord] {
        let key = hall.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(EventRecord.selection) FROM events e
                WHERE e.venueKind = 'library-hall' AND e.status != 'cancelled' AND e.startsAt < ? AND e.endsAt > ? AND e.id != ?
                ORDER BY e.startsAt
                """,
            arguments: [end, start, eventId?.uuidString ?? ""])
        return try rows.map(EventRecord.init(row:)).filter {
            $0.details.venue.hall?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() == key
        }
    }
}

extension EventsQueries {
    /// The events of [start, end) that are not cancelled, by start.
    static func between(_ start: Date, _ end: Date, in db: Database) throws -> [EventRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT \(EventRecord.selection) FROM events e
                WHERE e.status != 'cancelled' AND e.startsAt < ? AND e.endsAt > ? ORDER BY e.startsAt, e.id
                """,
            arguments: [end, start]
        ).map(EventRecord.init(row:))
    }

    /// Events in `status`, soonest first.
    static func inStatus(_ status: EventStatus, in db: Database) throws -> [EventRecord] {
        try Row.fetchAll(
            db, sql: "SELECT \(EventRecord.selection) FROM events e WHERE e.status = ? ORDER BY e.startsAt, e.id",
            arguments: [status.rawValue]
        ).map(EventRecord.init(row:))
    }

    /// Upcoming events whose places are all taken and whose waiting list has at least `waiting` people.
    static func fullWithWaitingList(atLeast waiting: Int, after now: Date, in db: Database) throws -> [EventRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM (SELECT \(EventRecord.selection) FROM events e
                WHERE e.status IN ('approved', 'scheduled') AND e.endsAt > ? AND e.capacity IS NOT NULL)
                WHERE acceptedCount >= capacity AND waitlistedCount >= ? ORDER BY startsAt, id
                """,
            arguments: [now, waiting]
        ).map(EventRecord.init(row:))
    }

    /// Of the registrations of events held in `year`: how many were marked, and how many came.
    static func attendance(year: Int, in db: Database) throws -> (marked: Int, attended: Int) {
        guard let range = VilniusTime.year(year) else { return (0, 0) }
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(r.attended) AS marked, COALESCE(SUM(r.attended), 0) AS attended
                FROM registrations r JOIN events e ON e.id = r.eventId
                WHERE e.status = 'held' AND e.startsAt >= ? AND e.startsAt < ? AND r.status = 'accepted'
                """,
            arguments: [range.start, range.end])
        return (row?["marked"] ?? 0, row?["attended"] ?? 0)
    }
}
