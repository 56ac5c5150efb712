import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The gateway's copy of the brand service's state: assets with their
/// versions and rights, archive collections, publications, and the alerts
/// of expiring rights and withdrawals.
struct BrandReadModel: ReadModelPart {
    init() {}

    func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool {
        guard envelope.source == ServiceName.brand.rawValue else { return false }
        let change = Change(envelope: envelope, db: db)
        switch envelope.type {
        case AssetRegistered.type: try registered(change.payload(AssetRegistered.self), change)
        case AssetDetailsChanged.type: try detailsChanged(change.payload(AssetDetailsChanged.self), change)
        case AssetVersionAdded.type: try versionAdded(change.payload(AssetVersionAdded.self), change)
        case AssetApproved.type:
            let message = try change.payload(AssetApproved.self)
            var columns: [(String, (any DatabaseValueConvertible)?)] = [
                ("status", AssetStatus.approved.rawValue), ("rejectionReason", nil), ("withdrawnReason", nil),
                ("approvedAt", change.occurredAt),
            ]
            columns += AssetView.approvedBy.values(change.actor)
            try updateAsset(message.assetId, columns, change)
        case AssetRejected.type:
            let message = try change.payload(AssetRejected.self)
            try updateAsset(
                message.assetId, [("status", AssetStatus.rejected.rawValue), ("rejectionReason", message.reason)], change)
        case AssetWithdrawn.type: try withdrawn(change.payload(AssetWithdrawn.self), change)
        case AssetExpiryWarning.type: try warned(change.payload(AssetExpiryWarning.self), change)
        case LicenceRecorded.type: try licence(change.payload(LicenceRecorded.self), change)
        case ConsentRecorded.type: try consent(change.payload(ConsentRecorded.self), change)
        case CollectionOpened.type: try collectionOpened(change.payload(CollectionOpened.self), change)
        case CollectionAssetAdded.type: try collectionAssetAdded(change.payload(CollectionAssetAdded.self), change)
        case PublicationAdded.type:
            let message = try change.payload(PublicationAdded.self)
            try publication(message.publicationId, message.details, message.status, change)
        case PublicationChanged.type:
            let message = try change.payload(PublicationChanged.self)
            try publication(message.publicationId, message.details, message.status, change)
        default: return false
        }
        return true
    }

    private func registered(_ message: AssetRegistered, _ change: Change) throws {
        try change.requireNotNewer("brandAssets", id: message.assetId, row: "asset")
        let columns =
            try Self.detailColumns(message.details) + [
                ("status", AssetStatus.submitted.rawValue), ("versionCount", 0), ("createdAt", change.occurredAt),
                ("updatedAt", change.occurredAt), ("updatedSeq", change.seq),
            ]
        let names = ["id"] + columns.map(\.0)
        let updates = columns.map { "\($0.0) = excluded.\($0.0)" }.joined(separator: ", ")
        try change.db.execute(
            sql: """
                INSERT INTO brandAssets (\(names.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                ON CONFLICT(id) DO UPDATE SET \(updates)
                """,
            arguments: StatementArguments([message.assetId.uuidString] + columns.map(\.1)))
        try replaceTags(message.assetId, message.details.tags, change)
    }

    private func detailsChanged(_ message: AssetDetailsChanged, _ change: Change) throws {
        try updateAsset(message.assetId, try Self.detailColumns(message.details), change)
        try replaceTags(message.assetId, message.details.tags, change)
    }

    private func versionAdded(_ message: AssetVersionAdded, _ change: Change) throws {
        try updateAsset(
            message.assetId,
            [("status", message.status.rawValue), ("rejectionReason", nil), ("versionCount", message.number)], change)
        let file = message.file
        try change.db.execute(
            sql: """
                INSERT OR REPLACE INTO brandAssetVersions
                    (assetId, number, sha256, mimeType, size, width, height, fileName, addedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                message.assetId.uuidString, message.number, file.sha256, file.mimeType, file.size, file.width,
                file.height, message.fileName, change.occurredAt,
            ])
    }

    private func withdrawn(_ message: AssetWithdrawn, _ change: Change) throws {
        try updateAsset(
            message.assetId, [("status", AssetStatus.withdrawn.rawValue), ("withdrawnReason", message.reason)], change)
        let title =
            try String.fetchOne(
                change.db, sql: "SELECT title FROM brandAssets WHERE id = ?", arguments: [message.assetId.uuidString]) ?? ""
        try insertAlert(
            change, kind: "asset-withdrawn", assetId: message.assetId, title: title, holder: nil, expiresOn: nil,
            daysLeft: nil, message: "„\(title)“ išimta iš naudojimo. \(message.reason)")
    }

    private func warned(_ message: AssetExpiryWarning, _ change: Change) throws {
        let day = CalendarDay(utc: message.expiresOn)
        let what = message.kind == .licence ? "licencija" : "asmens sutikimas"
        try insertAlert(
            change, kind: "\(message.kind.rawValue)-expiring", assetId: message.assetId, title: message.assetTitle,
            holder: message.holder, expiresOn: day.description, daysLeft: message.daysLeft,
            message: "Baigiasi „\(message.assetTitle)“ \(what) (\(message.holder)): galioja iki \(day), liko \(message.daysLeft) d.")
    }

    private func insertAlert(
        _ change: Change, kind: String, assetId: UUID, title: String, holder: String?, expiresOn: String?,
        daysLeft: Int?, message: String
    ) throws {
        try change.db.execute(
            sql: """
                INSERT OR REPLACE INTO brandAlerts (seq, kind, assetId, assetTitle, holder, expiresOn, daysLeft, message, occurredAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [change.seq, kind, assetId.uuidString, title, holder, expiresOn, daysLeft, message, change.occurredAt])
    }

    private func licence(_ message: LicenceRecorded, _ change: Change) throws {
        try requireAsset(message.assetId, change)
        try change.db.execute(
            sql: "INSERT OR REPLACE INTO brandLicences (id, assetId, holder, terms, expiresOn, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                message.licenceId.uuidString, message.assetId.uuidString, message.holder, message.terms,
                message.expiresOn?.description, change.occurredAt,
            ])
    }

    private func consent(_ message: ConsentRecorded, _ change: Change) throws {
        try requireAsset(message.assetId, change)
        try change.db.execute(
            sql: "INSERT OR REPLACE INTO brandConsents (id, assetId, person, note, expiresOn, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                message.consentId.uuidString, message.assetId.uuidString, message.person, message.note,
                message.expiresOn?.description, change.occurredAt,
            ])
    }

    private func collectionOpened(_ message: CollectionOpened, _ change: Change) throws {
        try change.requireNotNewer("brandCollections", id: message.collectionId, seqColumn: "writtenSeq", row: "collection")
        try change.db.execute(
            sql: """
                INSERT INTO brandCollections (id, title, eventId, createdAt, writtenSeq) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, eventId = excluded.eventId,
                    writtenSeq = excluded.writtenSeq
                """,
            arguments: [
                message.collectionId.uuidString, message.title, message.eventId?.uuidString, change.occurredAt, change.seq,
            ])
    }

    private func collectionAssetAdded(_ message: CollectionAssetAdded, _ change: Change) throws {
        let exists = try Bool.fetchOne(
            change.db, sql: "SELECT 1 FROM brandCollections WHERE id = ?", arguments: [message.collectionId.uuidString])
        guard exists != nil else { throw BrandReadModelError.unknown("collection", message.collectionId, change.type) }
        try change.db.execute(
            sql: "INSERT OR IGNORE INTO brandCollectionAssets (collectionId, assetId, addedSeq) VALUES (?, ?, ?)",
            arguments: [message.collectionId.uuidString, message.assetId.uuidString, change.seq])
    }

    private func publication(
        _ id: UUID, _ details: PublicationDetails, _ status: PublicationStatus, _ change: Change
    ) throws {
        if change.type == PublicationChanged.type {
            let exists = try Bool.fetchOne(
                change.db, sql: "SELECT 1 FROM brandPublications WHERE id = ?", arguments: [id.uuidString])
            guard exists != nil else { throw BrandReadModelError.unknown("publication", id, change.type) }
        }
        try change.requireNotNewer("brandPublications", id: id, seqColumn: "writtenSeq", row: "publication")
        try change.db.execute(
            sql: """
                INSERT INTO brandPublications
                    (id, kind, title, titleSortKey, year, isbn, status, createdAt, updatedAt, writtenSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
                    titleSortKey = excluded.titleSortKey, year = excluded.year, isbn = excluded.isbn,
                    status = excluded.status, updatedAt = excluded.updatedAt, writtenSeq = excluded.writtenSeq
                """,
            arguments: [
                id.uuidString, details.kind.rawValue, details.title, LithuanianOrder.sortKey(details.title), details.year,
                details.isbn, status.rawValue, change.occurredAt, change.occurredAt, change.seq,
            ])
    }

    private func replaceTags(_ assetId: UUID, _ tags: [String], _ change: Change) throws {
        try change.db.execute(sql: "DELETE FROM brandAssetTags WHERE assetId = ?", arguments: [assetId.uuidString])
        for tag in tags {
            try change.db.execute(
                sql: "INSERT OR IGNORE INTO brandAssetTags (assetId, tag) VALUES (?, ?)",
                arguments: [assetId.uuidString, tag.lowercased()])
        }
    }

    private func requireAsset(_ id: UUID, _ change: Change) throws {
        let exists = try Bool.fetchOne(change.db, sql: "SELECT 1 FROM brandAssets WHERE id = ?", arguments: [id.uuidString])
        guard exists != nil else { throw BrandReadModelError.unknown("asset", id, change.type) }
    }

    /// Sets `columns` of the asset with its `updatedAt` and `updatedSeq`;
    /// throws when the read model does not have the asset, or a newer message wrote it.
    private func updateAsset(_ id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)], _ change: Change) throws {
        try change.requireNotNewer("brandAssets", id: id, row: "asset")
        let all = columns + [("updatedAt", change.occurredAt), ("updatedSeq", change.seq)]
        try change.db.execute(
            sql: "UPDATE brandAssets SET \(all.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(all.map(\.1) + [id.uuidString]))
        if change.db.changesCount == 0 { throw BrandReadModelError.unknown("asset", id, change.type) }
    }

    static func detailColumns(_ details: AssetDetails) throws -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("kind", details.kind.rawValue),
            ("title", details.title),
            ("titleSortKey", LithuanianOrder.sortKey(details.title)),
            ("description", details.description),
            ("tags", String(decoding: try MessageCoding.encode(details.tags), as: UTF8.self)),
            ("tagsText", details.tags.joined(separator: " ")),
        ]
    }
}

/// A brand message about something the read model lacks: dead-lettered.
enum BrandReadModelError: Error, CustomStringConvertible {
    case unknown(String, UUID, String)

    var description: String {
        switch self {
        case .unknown(let thing, let id, let type): "\(type) names the \(thing) \(id.uuidString), which the read model does not have"
        }
    }
}
