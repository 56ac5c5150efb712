import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// What the brand routes ask the read model.
enum BrandQueries {
    struct AssetFilter: Sendable {
        var kinds: Set<AssetKind> = []
        var statuses: Set<AssetStatus> = []
        var tag: String?
        /// `true`: approved assets only; `false`: all but approved ones.
        var usable: Bool?
        var text: String?
    }

    /// Assets matching `filter` in Lithuanian title order, one page, with the number matching in all.
    static func assets(_ filter: AssetFilter, page: Page, in db: Database) throws -> (items: [AssetView], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !filter.kinds.isEmpty {
            conditions.append("a.kind IN (\(placeholders(filter.kinds.count)))")
            arguments += StatementArguments(filter.kinds.map(\.rawValue).sorted())
        }
        if !filter.statuses.isEmpty {
            conditions.append("a.status IN (\(placeholders(filter.statuses.count)))")
            arguments += StatementArguments(filter.statuses.map(\.rawValue).sorted())
        }
        if let usable = filter.usable {
            conditions.append(usable ? "a.status = 'approved'" : "a.status <> 'approved'")
        }
        if let tag = filter.tag {
            conditions.append("a.id IN (SELECT assetId FROM brandAssetTags WHERE tag = ?)")
            arguments += [tag.trimmingCharacters(in: .whitespaces).lowercased()]
        }
        if let text = filter.text, let pattern = try SearchPattern.make(text, table: "brandAssetSearch", in: db) {
            conditions.append("a.rowid IN (SELECT rowid FROM brandAssetSearch WHERE brandAssetSearch MATCH ?)")
            arguments += [pattern]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brandAssets a \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT a.* FROM brandAssets a \(clause) ORDER BY a.titleSortKey, a.title, a.id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return (try rows.map { try assetView($0, in: db) }, total)
    }

    static func asset(id: UUID, in db: Database) throws -> AssetView? {
        try Row.fetchOne(db, sql: "SELECT * FROM brandAssets WHERE id = ?", arguments: [id.uuidString])
            .map { try assetView($0, in: db) }
    }

    /// One version of an asset's file and the asset's title, for its download.
    struct StoredVersion: Sendable, Equatable {
        var assetTitle: String
        var number: Int
        var sha256: String
        var mimeType: String
        var size: Int64
        var fileName: String?
    }

    /// The version `number` of the asset, or what is missing: `.assetMissing` or `.versionMissing`.
    static func version(assetId: UUID, number: Int, in db: Database) throws -> Result<StoredVersion, VersionLookup> {
        guard let title = try String.fetchOne(db, sql: "SELECT title FROM brandAssets WHERE id = ?", arguments: [assetId.uuidString])
        else { return .failure(.assetMissing) }
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT * FROM brandAssetVersions WHERE assetId = ? AND number = ?", arguments: [assetId.uuidString, number])
        else { return .failure(.versionMissing) }
        return .success(
            StoredVersion(
                assetTitle: title, number: row["number"], sha256: row["sha256"], mimeType: row["mimeType"], size: row["size"],
                fileName: row["fileName"]))
    }

    enum VersionLookup: Error { case assetMissing, versionMissing }

    private static func assetView(_ row: Row, in db: Database) throws -> AssetView {
        let id: String = row["id"]
        let versions = try Row.fetchAll(
            db, sql: "SELECT * FROM brandAssetVersions WHERE assetId = ? ORDER BY number", arguments: [id]
        ).map(AssetVersionView.init(row:))
        return AssetView(
            row: row, versions: versions, licences: try licences(assetId: id, in: db), consents: try consents(assetId: id, in: db))
    }

    static func licences(assetId: String, in db: Database) throws -> [LicenceView] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM brandLicences WHERE assetId = ? ORDER BY expiresOn IS NULL, expiresOn, recordedAt, id",
            arguments: [assetId]
        ).map(LicenceView.init(row:))
    }

    static func consents(assetId: String, in db: Database) throws -> [ConsentView] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM brandConsents WHERE assetId = ? ORDER BY expiresOn IS NULL, expiresOn, recordedAt, id",
            arguments: [assetId]
        ).map(ConsentView.init(row:))
    }

    /// Collections, of one event when `eventId` is given, newest first.
    static func collections(eventId: UUID?, page: Page, in db: Database) throws -> (items: [CollectionView], total: Int) {
        let clause = eventId == nil ? "" : "WHERE eventId = ?"
        var arguments = StatementArguments()
        if let eventId { arguments += [eventId.uuidString] }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brandCollections \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM brandCollections \(clause) ORDER BY createdAt DESC, id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return (try rows.map { try collectionView($0, in: db) }, total)
    }

    static func collection(id: UUID, in db: Database) throws -> CollectionView? {
        try Row.fetchOne(db, sql: "SELECT * FROM brandCollections WHERE id = ?", arguments: [id.uuidString])
            .map { try collectionView($0, in: db) }
    }

    private static func collectionView(_ row: Row, in db: Database) throws -> CollectionView {
        let ids = try String.fetchAll(
            db, sql: "SELECT assetId FROM brandCollectionAssets WHERE collectionId = ? ORDER BY addedSeq",
            arguments: [row["id"] as String])
        return CollectionView(row: row, assetIds: ids.compactMap(UUID.init(uuidString:)))
    }

    /// Publications, filtered by status, kind and year, newest year first, then by title.
    static func publications(
        statuses: Set<PublicationStatus>, kinds: Set<PublicationKind>, year: Int?, page: Page, in db: Database
    ) throws -> (items: [PublicationView], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !statuses.isEmpty {
            conditions.append("status IN (\(placeholders(statuses.count)))")
            arguments += StatementArguments(statuses.map(\.rawValue).sorted())
        }
        if !kinds.isEmpty {
            conditions.append("kind IN (\(placeholders(kinds.count)))")
            arguments += StatementArguments(kinds.map(\.rawValue).sorted())
        }
        if let year {
            conditions.append("year = ?")
            arguments += [year]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brandPublications \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM brandPublications \(clause) ORDER BY year DESC, titleSortKey, id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return (rows.map(PublicationView.init(row:)), total)
    }

    static func publication(id: UUID, in db: Database) throws -> PublicationView? {
        try Row.fetchOne(db, sql: "SELECT * FROM brandPublications WHERE id = ?", arguments: [id.uuidString])
            .map(PublicationView.init(row:))
    }

    /// Alerts, newest first.
    static func alerts(limit: Int, in db: Database) throws -> [AlertView] {
        try Row.fetchAll(db, sql: "SELECT * FROM brandAlerts ORDER BY occurredAt DESC, seq DESC LIMIT ?", arguments: [limit])
            .map(AlertView.init(row:))
    }

    private static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
