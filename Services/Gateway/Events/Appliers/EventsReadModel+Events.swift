import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about events: their details and their lifecycle.

extension EventsReadModel {
    func proposed(_ message: EventProposed, _ change: Change) throws {
        try requireNotNewer(message.eventId, "writtenSeq", change)
        let columns =
            Self.detailColumns(message.details) + [
                ("status", EventStatus.proposed.rawValue), ("createdAt", change.occurredAt),
                ("updatedAt", change.occurredAt), ("updatedSeq", change.seq), ("writtenSeq", change.seq),
            ]
        let names = ["id"] + columns.map(\.0)
        let updates = columns.map {
            $0.0 == "updatedSeq" ? "updatedSeq = MAX(updatedSeq, excluded.updatedSeq)" : "\($0.0) = excluded.\($0.0)"
        }.joined(separator: ", ")
        // A proposal seen again (an operator's retry of a dead letter) replaces the row,
        // unless a newer message wrote it (`requireNotNewer`).
        try change.db.execute(
            sql: """
                INSERT INTO events (\(names.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                ON CONFLICT(id) DO UPDATE SET \(updates)
                """,
            arguments: StatementArguments([message.eventId.uuidString] + columns.map(\.1)))
    }

    func updated(_ message: EventUpdated, _ change: Change) throws {
        try updateEvent(message.eventId, Self.detailColumns(message.details), change)
    }

    /// The approval, with who approved it (the envelope's actor) and when.
    func approved(_ message: EventApproved, _ change: Change) throws {
        var columns: [(String, (any DatabaseValueConvertible)?)] = [
            ("status", EventStatus.approved.rawValue), ("approvedAt", change.occurredAt),
        ]
        columns += EventRecord.approvedBy.values(change.actor)
        try updateEvent(message.eventId, columns, change)
    }

    func scheduled(_ message: EventScheduled, _ change: Change) throws {
        let firstScheduled = try Date.fetchOne(
            change.db, sql: "SELECT scheduledAt FROM events WHERE id = ?", arguments: [message.eventId.uuidString])
        try updateEvent(
            message.eventId,
            Self.detailColumns(message.details) + [
                ("status", EventStatus.scheduled.rawValue), ("scheduledAt", firstScheduled ?? change.occurredAt),
            ],
            change)
    }

    func held(_ message: EventHeld, _ change: Change) throws {
        try updateEvent(
            message.eventId,
            [("status", EventStatus.held.rawValue), ("type", message.eventType.rawValue), ("heldAt", change.occurredAt)],
            change)
    }

    func cancelled(_ message: EventCancelled, _ change: Change) throws {
        try updateEvent(
            message.eventId, [("status", EventStatus.cancelled.rawValue), ("cancelReason", message.reason)], change)
    }

    /// Sets `columns` of the event, with its `updatedAt`, `updatedSeq` (never
    /// backwards: it is the event's ETag) and `writtenSeq`; throws when the
    /// read model does not have the event, or a newer message wrote it.
    private func updateEvent(
        _ id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)], _ change: Change
    ) throws {
        try requireNotNewer(id, "writtenSeq", change)
        let all = columns + [("updatedAt", change.occurredAt), ("writtenSeq", change.seq)]
        try change.db.execute(
            sql: """
                UPDATE events SET \(all.map { "\($0.0) = ?" }.joined(separator: ", ")), updatedSeq = MAX(updatedSeq, ?)
                WHERE id = ?
                """,
            arguments: StatementArguments(all.map(\.1) + [change.seq, id.uuidString]))
        if change.db.changesCount == 0 {
            throw EventsReadModelError.unknownEvent(id, messageType: change.type)
        }
    }

    /// Throws `StaleMessage` when a message after this one wrote the event's
    /// `seqColumn` (`writtenSeq`: its details and status; `waitlistSeq`: its waiting list).
    func requireNotNewer(_ id: UUID, _ seqColumn: String, _ change: Change) throws {
        try change.requireNotNewer("events", id: id, seqColumn: seqColumn, row: "event")
    }

    /// The columns of `events` that hold an `EventDetails`, flattened.
    static func detailColumns(_ details: EventDetails) -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("type", details.type.rawValue),
            ("titleLt", details.title.lt),
            ("titleEn", details.title.en),
            ("titleSortKey", LithuanianOrder.sortKey(details.title.lt)),
            ("descriptionLt", details.description?.lt),
            ("descriptionEn", details.description?.en),
            ("startsAt", details.startsAt),
            ("endsAt", details.endsAt),
            ("venueKind", details.venue.kind.rawValue),
            ("venueHall", details.venue.hall),
            ("venueCity", details.venue.city),
            ("venueAddress", details.venue.address),
            ("venueCountry", details.venue.country),
            ("organisingUnit", details.organisingUnit),
            ("capacity", details.capacity),
            ("planItemId", details.planItemId?.uuidString),
        ]
    }
}
