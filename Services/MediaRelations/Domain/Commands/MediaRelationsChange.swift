import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// One command's change, inside its write transaction (see
/// `CommandTransaction`), with what reads the service's tables.
typealias MediaRelationsChange = CommandTransaction

extension MediaRelationsChange {
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
