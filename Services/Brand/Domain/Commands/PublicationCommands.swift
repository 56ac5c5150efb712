import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    /// Plans a publication. Message: `PublicationAdded`.
    func addPublication(_ command: AddPublication) throws -> PublicationRef {
        let details = try PublicationRules.validated(command.details)
        if try PublicationRecord.exists(db, key: command.publicationId.uuidString) {
            throw CommandFailure(
                .conflict, "A publication with the id \(command.publicationId.uuidString) exists already.",
                details: ["publicationId": command.publicationId.uuidString])
        }
        try PublicationRecord(id: command.publicationId, details: details, createdAt: now).insert(db)
        try publish(PublicationAdded(publicationId: command.publicationId, details: details, status: .planned))
        return PublicationRef(publicationId: command.publicationId, status: .planned)
    }

    /// Changes a publication's description and moves its status one step
    /// on (planned → in-preparation → published). Message: `PublicationChanged`.
    func updatePublication(_ command: UpdatePublication) throws -> PublicationRef {
        guard var publication = try PublicationRecord.fetchOne(db, key: command.publicationId.uuidString) else {
            throw CommandFailure(
                .notFound, "No publication has the id \(command.publicationId.uuidString).",
                details: ["publicationId": command.publicationId.uuidString])
        }
        guard !command.patch.isEmpty else {
            throw CommandFailure(.invalid, "Nothing to change: the patch is empty.", details: ["field": ""])
        }
        publication.details = try PublicationRules.validated(command.patch.applied(to: publication.details))
        if let status = command.patch.status, status != publication.status {
            guard publication.status.next == status else {
                let hint = publication.status.next.map { "it can move to \($0.rawValue)" } ?? "a published publication keeps its status"
                throw CommandFailure(
                    .illegalTransition,
                    "The publication \"\(publication.title)\" cannot move from \(publication.status.rawValue) to \(status.rawValue): \(hint).",
                    details: [
                        "publicationId": publication.id, "from": publication.status.rawValue, "to": status.rawValue,
                    ])
            }
            publication.status = status
        }
        publication.updatedAt = now
        try publication.update(db)
        try publish(
            PublicationChanged(
                publicationId: command.publicationId, details: publication.details, status: publication.status))
        return PublicationRef(publicationId: command.publicationId, status: publication.status)
    }
}
