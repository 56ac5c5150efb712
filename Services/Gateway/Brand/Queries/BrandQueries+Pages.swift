import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// What the brand pages ask the read model beyond what the API asks.
extension BrandQueries {
    /// A licence or a consent, with its asset, as the rights page lists them.
    struct Right: Sendable, Equatable {
        enum Kind: String, Sendable { case licence, consent }
        var kind: Kind
        var assetId: UUID
        var assetTitle: String
        /// The licence holder or the person who consented.
        var holder: String
        /// The licence's terms or the consent's note.
        var detail: String?
        var expiresOn: CalendarDay?
    }

    /// Every licence and consent, those running out first (undated last),
    /// then by the asset's title in Lithuanian order; only those ending
    /// from `from` to `to` (both included) when given.
    static func rights(endingFrom from: CalendarDay? = nil, to: CalendarDay? = nil, in db: Database) throws -> [Right] {
        var condition = ""
        var arguments = StatementArguments()
        if let from, let to {
            condition = "WHERE r.expiresOn IS NOT NULL AND r.expiresOn >= ? AND r.expiresOn <= ?"
            arguments = [from.description, to.description]
        }
        let sql = """
            SELECT r.*, a.title FROM (
                SELECT 'licence' AS kind, l.assetId, l.holder, l.terms AS detail, l.expiresOn, l.id FROM brandLicences l
                UNION ALL
                SELECT 'consent' AS kind, c.assetId, c.person AS holder, c.note AS detail, c.expiresOn, c.id FROM brandConsents c
            ) r JOIN brandAssets a ON a.id = r.assetId
            \(condition)
            ORDER BY r.expiresOn IS NULL, r.expiresOn, a.titleSortKey, r.kind, r.id
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments)
            .map { row in
                Right(
                    kind: Right.Kind(rawValue: row["kind"]) ?? .licence, assetId: UUID(uuidString: row["assetId"]) ?? UUID(),
                    assetTitle: row["title"], holder: row["holder"], detail: row["detail"],
                    expiresOn: (row["expiresOn"] as String?).flatMap(CalendarDay.init))
            }
    }

    /// The collections that hold the asset, by title in Lithuanian order.
    static func collections(holding assetId: UUID, in db: Database) throws -> [CollectionView] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.* FROM brandCollections c JOIN brandCollectionAssets ca ON ca.collectionId = c.id
                WHERE ca.assetId = ?
                """,
            arguments: [assetId.uuidString]
        ).sorted { LithuanianOrder.sortKey($0["title"]) < LithuanianOrder.sortKey($1["title"]) }
        return try rows.map { row in
            let ids = try String.fetchAll(
                db, sql: "SELECT assetId FROM brandCollectionAssets WHERE collectionId = ? ORDER BY addedSeq",
                arguments: [row["id"] as String])
            return CollectionView(row: row, assetIds: ids.compactMap(UUID.init(uuidString:)))
        }
    }

    /// The assets of `ids`, in that order (those the read model lacks left out).
    static func assets(ids: [UUID], in db: Database) throws -> [AssetView] {
        try ids.compactMap { try asset(id: $0, in: db) }
    }

    /// Every asset's id and title in Lithuanian title order, for a picker.
    static func assetChoices(in db: Database) throws -> [(id: UUID, title: String)] {
        try Row.fetchAll(db, sql: "SELECT id, title FROM brandAssets ORDER BY titleSortKey, title, id").compactMap { row in
            UUID(uuidString: row["id"]).map { ($0, row["title"]) }
        }
    }

    /// A year's brand figures: assets whose (last) approval fell in it, and publications of that year by status.
    struct YearFigures: Sendable, Equatable {
        var assetsApproved: Int
        var publicationsPublished: Int
        var publicationsPlanned: Int
        var publicationsByKind: [PublicationKind: Int]
    }

    static func figures(year: Int, in db: Database) throws -> YearFigures {
        guard let span = VilniusTime.year(year) else {
            return YearFigures(assetsApproved: 0, publicationsPublished: 0, publicationsPlanned: 0, publicationsByKind: [:])
        }
        let approved =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM brandAssets WHERE approvedAt >= ? AND approvedAt < ?", arguments: [span.start, span.end]) ?? 0
        let published =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM brandPublications WHERE year = ? AND status = 'published'", arguments: [year]) ?? 0
        let planned = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM brandPublications WHERE year = ?", arguments: [year]) ?? 0
        var byKind: [PublicationKind: Int] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT kind, COUNT(*) AS n FROM brandPublications WHERE year = ? AND status = 'published' GROUP BY kind",
            arguments: [year])
        {
            if let kind = PublicationKind(rawValue: row["kind"]) { byKind[kind] = row["n"] }
        }
        return YearFigures(assetsApproved: approved, publicationsPublished: published, publicationsPlanned: planned, publicationsByKind: byKind)
    }
}
