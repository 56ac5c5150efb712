import GRDB

/// The brand service's own tables, migrated after the platform's.
/// A shipped migration is never edited: a change is a new migration.
/// Days (`expiresOn`) are `YYYY-MM-DD` text, so text order is day order.
public enum BrandSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("brand-v1") { db in
            try db.create(table: "assets") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("description", .text)
                // A JSON array of texts.
                t.column("tags", .text).notNull()
                t.column("status", .text).notNull()
                t.column("rejectionReason", .text)
                t.column("withdrawnReason", .text)
                t.column("versionCount", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }

            // Each stored file once, by the SHA-256 of its bytes.
            try db.create(table: "files") { t in
                t.primaryKey("sha256", .text)
                t.column("mimeType", .text).notNull()
                t.column("size", .integer).notNull()
                t.column("width", .integer)
                t.column("height", .integer)
                t.column("storedAt", .datetime).notNull()
            }

            try db.create(table: "assetVersions") { t in
                t.column("assetId", .text).notNull().references("assets")
                t.column("number", .integer).notNull()
                t.column("sha256", .text).notNull().references("files")
                t.column("mimeType", .text).notNull()
                t.column("addedAt", .datetime).notNull()
                t.primaryKey(["assetId", "number"])
            }

            for (table, who) in [("licences", "holder"), ("consents", "person")] {
                try db.create(table: table) { t in
                    t.primaryKey("id", .text)
                    t.column("assetId", .text).notNull().references("assets")
                    t.column(who, .text).notNull()
                    t.column(table == "licences" ? "terms" : "note", .text)
                    t.column("expiresOn", .text)
                    // When the warning of its expiry was published: once only.
                    t.column("warnedAt", .datetime)
                    // When its expiry was acted on: once only.
                    t.column("expiredAt", .datetime)
                    t.column("recordedAt", .datetime).notNull()
                }
                try db.create(index: "\(table)ByExpiry", on: table, columns: ["expiresOn"])
                try db.create(index: "\(table)ByAsset", on: table, columns: ["assetId"])
            }

            try db.create(table: "collections") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("eventId", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "collectionAssets") { t in
                t.column("collectionId", .text).notNull().references("collections")
                t.column("assetId", .text).notNull().references("assets")
                t.column("addedAt", .datetime).notNull()
                t.primaryKey(["collectionId", "assetId"])
            }

            try db.create(table: "publications") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("title", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("isbn", .text)
                t.column("status", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }

            // Titles of the events service's events, kept from its messages to name archives.
            try db.create(table: "knownEvents") { t in
                t.primaryKey("id", .text)
                t.column("titleLt", .text).notNull()
            }
        }
        migrator.registerMigration("brand-v2") { db in
            // Who approved the asset, and when; the account id is `NULL` for
            // an API token, the name its name.
            try db.alter(table: "assets") { t in
                t.add(column: "approvedByAccountId", .text)
                t.add(column: "approvedByName", .text)
                t.add(column: "approvedAt", .datetime)
            }
        }

        // The name each version's file was uploaded under (NULL when none was given).
        migrator.registerMigration("brand-v2-file-names") { db in
            try db.alter(table: "assetVersions") { t in
                t.add(column: "fileName", .text)
            }
        }

        // The `seq` of the events message that last wrote a known event's title: an older one
        // (a dead letter retried late) does not (`RowSeq`). Titles kept before have none.
        migrator.registerMigration("brand-v3-known-event-seq") { db in
            try db.alter(table: "knownEvents") { t in t.add(column: "writtenSeq", .integer) }
        }
    }
}
