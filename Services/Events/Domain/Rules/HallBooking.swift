import Foundation
import GRDB
import MessageSchema

/// A library hall holds one event at a time: no two non-cancelled events in
/// the same hall may overlap in [startsAt, endsAt).
enum HallBooking {
    /// Refuses with `.conflict` when `details` books a hall another event holds.
    static func checkFree(_ details: EventDetails, for eventId: UUID, in db: Database) throws {
        guard details.venue.kind == .libraryHall, let hall = details.venue.hall else { return }
        let key = hallKey(hall)
        let overlapping =
            try EventRecord
            .filter(Column("venueKind") == Venue.Kind.libraryHall.rawValue)
            .filter(Column("status") != EventStatus.cancelled.rawValue)
            .filter(Column("id") != eventId.uuidString)
            .filter(Column("startsAt") < details.endsAt && Column("endsAt") > details.startsAt)
            .order(Column("startsAt"))
            .fetchAll(db)
        guard let clash = overlapping.first(where: { $0.hall.map(hallKey) == key }) else { return }
        throw CommandFailure(
            .conflict,
            "The hall '\(clash.hall ?? hall)' is already booked for \"\(clash.titleLt)\" "
                + "(\(VilniusTime.span(clash.startsAt, clash.endsAt))), "
                + "which overlaps \(VilniusTime.span(details.startsAt, details.endsAt)).",
            details: ["clashingEventId": clash.id, "clashingEventTitle": clash.titleLt])
    }

    /// Halls are the same whatever their case and surrounding spaces.
    static func hallKey(_ hall: String) -> String { hall.trimmed.lowercased() }
}
