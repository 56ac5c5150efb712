import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    static let maxCollectionTitle = 300

    /// Opens a photo and video archive, of an event or of anything else. Message: `CollectionOpened`.
    func openCollection(_ command: OpenCollection) throws -> CollectionRef {
        let title = command.title.trimmed
        if title.isEmpty { throw CommandFailure(.invalid, "The collection needs a title.", details: ["field": "title"]) }
        if title.count > Self.maxCollectionTitle {
            throw CommandFailure(
                .invalid, "The title is longer than \(Self.maxCollectionTitle) characters.", details: ["field": "title"])
        }
        if try collectionExists(command.collectionId) {
            throw CommandFailure(
                .conflict, "A collection with the id \(command.collectionId.uuidString) exists already.",
                details: ["collectionId": command.collectionId.uuidString])
        }
        try insertCollection(CollectionOpened(collectionId: command.collectionId, title: title, eventId: command.eventId))
        return CollectionRef(collectionId: command.collectionId)
    }

    /// Puts an asset in a collection; an asset already in it is refused. Message: `CollectionAssetAdded`.
    func addToCollection(_ command: AddAssetToCollection) throws -> CollectionRef {
        guard try collectionExists(command.collectionId) else {
            throw CommandFailure(
                .notFound, "No collection has the id \(command.collectionId.uuidString).",
                details: ["collectionId": command.collectionId.uuidString])
        }
        let asset = try existingAsset(command.assetId)
        let present = try Bool.fetchOne(
            db, sql: "SELECT 1 FROM collectionAssets WHERE collectionId = ? AND assetId = ?",
            arguments: [command.collectionId.uuidString, asset.id])
        if present != nil {
            throw CommandFailure(
                .conflict, "The asset \(asset.label) is in the collection already.",
                details: ["collectionId": command.collectionId.uuidString, "assetId": asset.id])
        }
        try db.execute(
            sql: "INSERT INTO collectionAssets (collectionId, assetId, addedAt) VALUES (?, ?, ?)",
            arguments: [command.collectionId.uuidString, asset.id, now])
        try publish(CollectionAssetAdded(collectionId: command.collectionId, assetId: command.assetId))
        return CollectionRef(collectionId: command.collectionId)
    }

    func collectionExists(_ id: UUID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM collections WHERE id = ?", arguments: [id.uuidString]) != nil
    }

    /// Stores the collection and announces it.
    func insertCollection(_ opened: CollectionOpened) throws {
        try db.execute(
            sql: "INSERT INTO collections (id, title, eventId, createdAt) VALUES (?, ?, ?, ?)",
            arguments: [opened.collectionId.uuidString, opened.title, opened.eventId?.uuidString, now])
        try publish(opened)
    }
}
