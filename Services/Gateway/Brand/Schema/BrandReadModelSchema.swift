import GRDB
import GatewayKit

/// The gateway's copy of the brand service's state, built only from its
/// messages. Ids are `UUID.uuidString` text, days `YYYY-MM-DD` text, times
/// GRDB's UTC text. Shipped migrations are never edited.
enum BrandReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-brand-v1") { db in
            try db.create(table: "brandAssets") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                // `LithuanianOrder.sortKey(title)`.
                t.column("titleSortKey", .text).notNull()
                t.column("description", .text)
                // A JSON array of the tags, in their order.
                t.column("tags", .text).notNull()
                // The tags joined by spaces, for full-text search.
                t.column("tagsText", .text).notNull()
                t.column("status", .text).notNull()
                t.column("rejectionReason", .text)
                t.column("withdrawnReason", .text)
                t.column("versionCount", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("updatedSeq", .integer).notNull()
            }
            try db.create(index: "brandAssets_title", on: "brandAssets", columns: ["titleSortKey"])
            try db.create(table: "brandAssetTags") { t in
                t.column("assetId", .text).notNull().references("brandAssets", onDelete: .cascade)
                t.column("tag", .text).notNull()
                t.primaryKey(["assetId", "tag"])
            }
            try db.create(index: "brandAssetTags_tag", on: "brandAssetTags", columns: ["tag"])
            try db.create(table: "brandAssetVersions") { t in
                t.column("assetId", .text).notNull().references("brandAssets", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("sha256", .text).notNull()
                t.column("mimeType", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("width", .integer)
                t.column("height", .integer)
                t.column("addedAt", .datetime).notNull()
                t.primaryKey(["assetId", "number"])
            }
            try db.create(table: "brandLicences") { t in
                t.primaryKey("id", .text)
                t.column("assetId", .text).notNull().references("brandAssets", onDelete: .cascade)
                t.column("holder", .text).notNull()
                t.column("terms", .text).notNull()
                t.column("expiresOn", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "brandConsents") { t in
                t.primaryKey("id", .text)
                t.column("assetId", .text).notNull().references("brandAssets", onDelete: .cascade)
                t.column("person", .text).notNull()
                t.column("note", .text)
                t.column("expiresOn", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "brandCollections") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("eventId", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(index: "brandCollections_event", on: "brandCollections", columns: ["eventId"])
            try db.create(table: "brandCollectionAssets") { t in
                t.column("collectionId", .text).notNull().references("brandCollections", onDelete: .cascade)
                t.column("assetId", .text).notNull()
                // The `seq` of the message that added it: the order of the collection.
                t.column("addedSeq", .integer).notNull()
                t.primaryKey(["collectionId", "assetId"])
            }
            try db.create(table: "brandPublications") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("titleSortKey", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("isbn", .text)
                t.column("status", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            // Warnings of expiring rights and withdrawals, as they came.
            try db.create(table: "brandAlerts") { t in
                t.primaryKey("seq", .integer)
                t.column("kind", .text).notNull()
                t.column("assetId", .text).notNull()
                t.column("assetTitle", .text).notNull()
                t.column("holder", .text)
                t.column("expiresOn", .text)
                t.column("daysLeft", .integer)
                t.column("message", .text).notNull()
                t.column("occurredAt", .datetime).notNull()
            }
            try db.create(index: "brandAlerts_time", on: "brandAlerts", columns: ["occurredAt"])
            // Diacritic-insensitive search over titles, descriptions and tags.
            try db.create(virtualTable: "brandAssetSearch", using: FTS5()) { t in
                t.synchronize(withTable: "brandAssets")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("title")
                t.column("description")
                t.column("tagsText")
            }
        }
        migrator.registerMigration("gateway-brand-v2") { db in
            // Who approved the asset last (`AssetApproved`'s envelope actor), and when.
            try db.alter(table: "brandAssets") { t in
                AssetView.approvedBy.add(to: t)
                t.add(column: "approvedAt", .datetime)
            }
        }

        // The name each version's file was uploaded under, for downloads (NULL when none was given).
        migrator.registerMigration("gateway-brand-v2-file-names") { db in
            try db.alter(table: "brandAssetVersions") { t in
                t.add(column: "fileName", .text)
            }
        }

        // The order guard of publications and collections (`Change.requireNotNewer`): the
        // `seq` of the last message that wrote the row. Rows kept before have none (never newer).
        migrator.registerMigration("gateway-brand-v3-written-seq") { db in
            try db.alter(table: "brandPublications") { t in t.add(column: "writtenSeq", .integer) }
            try db.alter(table: "brandCollections") { t in t.add(column: "writtenSeq", .integer) }
        }
    }
}
