import Foundation
import GRDB
import MessageSchema
import Store

/// One change of the media-relations state, inside its write transaction (a
/// command's, or a reaction's in the consumer): reads and writes the tables
/// and appends the messages announcing the change to the outbox.
struct MediaRelationsChange {
    let db: Database
    let source: String
    let correlationId: UUID?
    /// The message this change reacts to, if any.
    let causationId: UUID?
    /// The change's time, to the millisecond as the database keeps it.
    let now: Date

    init(db: Database, source: String, correlationId: UUID?, causationId: UUID? = nil, now: Date = Date()) {
        self.db = db
        self.source = source
        self.correlationId = correlationId
        self.causationId = causationId
        self.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    func publish<M: Message>(_ message: M) throws {
        try Outbox.append(
            message, source: source, correlationId: correlationId, causationId: causationId, occurredAt: now, in: db)
    }

    func existingContact(_ id: UUID, field: String = "contactId") throws -> ContactRecord {
        guard let contact = try ContactRecord.fetchOne(db, key: id.uuidString) else {
            throw CommandFailure(.notFound, "No contact has the id \(id.uuidString).", details: [field: id.uuidString])
        }
        return contact
    }

    func existingList(_ id: UUID) throws -> ContactListRecord {
        guard let list = try ContactListRecord.fetchOne(db, key: id.uuidString) else {
            throw CommandFailure(.notFound, "No contact list has the id \(id.uuidString).", details: ["contactListId": id.uuidString])
        }
        return list
    }

    func existingPressRelease(_ id: UUID) throws -> PressReleaseRecord {
        guard let release = try PressReleaseRecord.fetchOne(db, key: id.uuidString) else {
            throw CommandFailure(.notFound, "No press release has the id \(id.uuidString).", details: ["pressReleaseId": id.uuidString])
        }
        return release
    }

    func existingVisit(_ id: UUID) throws -> VisitRecord {
        guard let visit = try VisitRecord.fetchOne(db, key: id.uuidString) else {
            throw CommandFailure(.notFound, "No visit has the id \(id.uuidString).", details: ["visitId": id.uuidString])
        }
        return visit
    }
}
