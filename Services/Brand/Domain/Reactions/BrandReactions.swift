import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// What the brand service does with other services' messages: it keeps the
/// titles of events, and opens an archive collection for every exhibition
/// held. The collection's id is derived from the event's, so a replay finds
/// it there and opens nothing again. `CollectionOpened` carries the actor of
/// `EventHeld`: the archive is opened for whoever marked the exhibition held.
public enum BrandReactions {
    /// The id of the archive collection of `eventId`.
    public static func archiveId(of eventId: UUID) -> UUID {
        UUID(derivedFrom: "brand:archive:\(eventId)")
    }

    public static func make(source: String = ServiceName.brand.rawValue) -> MessageReactions {
        MessageReactions()
            .guarding("knownEvents", seqColumn: "writtenSeq", from: .events)
            .on(EventProposed.self, from: .events) { message, envelope, db in
                try keepTitle(message.eventId, message.details.title.lt, envelope, in: db)
            }
            .on(EventUpdated.self, from: .events) { message, envelope, db in
                try keepTitle(message.eventId, message.details.title.lt, envelope, in: db)
            }
            .on(EventHeld.self, from: .events) { message, envelope, db in
                guard message.eventType == .exhibition else { return }
                try openArchive(of: message.eventId, envelope: envelope, source: source, in: db)
            }
    }

    /// Keeps the event's title, unless a newer events message wrote it.
    private static func keepTitle(_ eventId: UUID, _ title: String, _ envelope: Envelope, in db: Database) throws {
        try RowSeq.upsert(
            "knownEvents", id: eventId.uuidString, [("titleLt", title)], seqColumn: "writtenSeq", from: envelope,
            row: "the title of event \(eventId.uuidString)", in: db)
    }

    private static func openArchive(of eventId: UUID, envelope: Envelope, source: String, in db: Database) throws {
        let collectionId = archiveId(of: eventId)
        let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM collections WHERE id = ?", arguments: [collectionId.uuidString])
        guard exists == nil else { return }
        let title = try String.fetchOne(db, sql: "SELECT titleLt FROM knownEvents WHERE id = ?", arguments: [eventId.uuidString])
        let opened = CollectionOpened(
            collectionId: collectionId, title: "Archyvas: \(title ?? eventId.uuidString)", eventId: eventId)
        let now = Date()
        try db.execute(
            sql: "INSERT INTO collections (id, title, eventId, createdAt) VALUES (?, ?, ?, ?)",
            arguments: [collectionId.uuidString, opened.title, eventId.uuidString, now])
        try Outbox.append(
            opened, source: source, correlationId: envelope.correlationId, causationId: envelope.id, actor: envelope.actor,
            occurredAt: now, in: db)
    }
}
