import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// One event as the read model has it, with its registration counts.
struct EventRecord: Sendable, Equatable {
    var id: UUID
    var status: EventStatus
    var details: EventDetails
    var acceptedCount: Int
    var waitlistedCount: Int
    var cancelReason: String?
    /// When the event was first scheduled; `nil` if it never was.
    var scheduledAt: Date?
    /// The last change of its details or status.
    var updatedAt: Date
    var updatedSeq: Int64
    /// The headline of its feedback survey; `nil` when none was opened.
    var feedback: EventFeedback?
    /// Who approved it in the Events Council, and when; `nil` until approved
    /// (and `approvedBy` when the message did not say who).
    var approvedBy: Actor?
    var approvedAt: Date?

    /// The columns of `events` that keep `approvedBy`.
    static let approvedBy = ActorColumns("approvedBy")

    init(
        id: UUID, status: EventStatus, details: EventDetails, acceptedCount: Int = 0, waitlistedCount: Int = 0,
        cancelReason: String? = nil, scheduledAt: Date? = nil, updatedAt: Date, updatedSeq: Int64
    ) {
        self.id = id
        self.status = status
        self.details = details
        self.acceptedCount = acceptedCount
        self.waitlistedCount = waitlistedCount
        self.cancelReason = cancelReason
        self.scheduledAt = scheduledAt
        self.updatedAt = updatedAt
        self.updatedSeq = updatedSeq
    }

    /// Places still free; `nil` when the event takes no registrations.
    var placesLeft: Int? { details.capacity.map { $0 > acceptedCount ? $0 - acceptedCount : 0 } }

    /// The columns `init(row:)` reads, for `SELECT \(EventRecord.selection) FROM events e`.
    static let selection = """
        e.*,
        (SELECT COUNT(*) FROM registrations r WHERE r.eventId = e.id AND r.status = 'accepted') AS acceptedCount,
        (SELECT COUNT(*) FROM registrations r WHERE r.eventId = e.id AND r.status = 'waitlisted') AS waitlistedCount,
        \(EventFeedback.selection)
        """

    init(row: Row) throws {
        let idText: String = row["id"]
        func unreadable(_ column: String) -> UnreadableRow {
            UnreadableRow(table: "events", id: idText, column: column)
        }
        guard let id = UUID(uuidString: idText) else { throw unreadable("id") }
        guard let status = EventStatus(rawValue: row["status"]) else { throw unreadable("status") }
        guard let type = EventType(rawValue: row["type"]) else { throw unreadable("type") }
        guard let venueKind = Venue.Kind(rawValue: row["venueKind"]) else { throw unreadable("venueKind") }
        let descriptionLt: String? = row["descriptionLt"]
        let planItemId: String? = row["planItemId"]
        let details = EventDetails(
            type: type,
            title: LocalizedText(lt: row["titleLt"], en: row["titleEn"]),
            description: descriptionLt.map { LocalizedText(lt: $0, en: row["descriptionEn"]) },
            startsAt: row["startsAt"],
            endsAt: row["endsAt"],
            venue: Venue(
                kind: venueKind, hall: row["venueHall"], city: row["venueCity"], address: row["venueAddress"],
                country: row["venueCountry"]),
            organisingUnit: row["organisingUnit"],
            capacity: row["capacity"],
            planItemId: planItemId.flatMap(UUID.init(uuidString:)))
        self.init(
            id: id, status: status, details: details, acceptedCount: row["acceptedCount"] ?? 0,
            waitlistedCount: row["waitlistedCount"] ?? 0, cancelReason: row["cancelReason"],
            scheduledAt: row["scheduledAt"], updatedAt: row["updatedAt"], updatedSeq: row["updatedSeq"])
        feedback = EventFeedback(row: row)
        approvedBy = Self.approvedBy.actor(in: row)
        approvedAt = row["approvedAt"]
    }
}
