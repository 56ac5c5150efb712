import GRDB

/// The media-relations service's own tables, migrated after the platform's.
/// A shipped migration is never edited: a change is a new migration.
public enum MediaRelationsSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("media-relations-v1") { db in
            try db.create(table: "contacts") { t in
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("name", .text).notNull()
                t.column("organisation", .text)
                // A JSON array of texts.
                t.column("topics", .text).notNull()
                t.column("language", .text).notNull()
                t.column("email", .text)
                t.column("phone", .text)
                t.column("notes", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "contactLists") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull().unique(onConflict: .abort)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "contactListMembers") { t in
                t.column("listId", .text).notNull().references("contactLists")
                t.column("contactId", .text).notNull().references("contacts")
                t.column("addedAt", .datetime).notNull()
                t.primaryKey(["listId", "contactId"])
            }
            try db.create(table: "pressReleases") { t in
                t.primaryKey("id", .text)
                t.column("status", .text).notNull()
                t.column("titleLt", .text).notNull()
                t.column("bodyLt", .text).notNull()
                t.column("titleEn", .text)
                t.column("bodyEn", .text)
                t.column("eventId", .text)
                t.column("campaignId", .text)
                t.column("contactListId", .text)
                t.column("distributedAt", .datetime)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "pressReleasesByEvent", on: "pressReleases", columns: ["eventId"])
            // Who a press release was sent to: the list's members at that moment.
            try db.create(table: "pressReleaseRecipients") { t in
                t.column("pressReleaseId", .text).notNull().references("pressReleases")
                t.column("contactId", .text).notNull().references("contacts")
                t.primaryKey(["pressReleaseId", "contactId"])
            }
            try db.create(table: "visits") { t in
                t.primaryKey("id", .text)
                t.column("status", .text).notNull()
                t.column("date", .datetime).notNull()
                t.column("journalistId", .text).notNull().references("contacts")
                t.column("purpose", .text).notNull()
                t.column("host", .text).notNull()
                t.column("cancelReason", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "mentions") { t in
                t.primaryKey("id", .text)
                // `MentionRules.normalisedURL`: one mention per URL.
                t.column("url", .text).notNull().unique(onConflict: .abort)
                t.column("outlet", .text).notNull()
                t.column("publishedAt", .datetime).notNull()
                t.column("title", .text).notNull()
                t.column("excerpt", .text)
                t.column("language", .text).notNull()
                t.column("reach", .integer).notNull()
                t.column("sentiment", .text).notNull()
                t.column("eventId", .text)
                t.column("campaignId", .text)
                t.column("recordedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("media-relations-v2") { db in
            // Who distributed the press release (its time is `distributedAt`);
            // the account id is `NULL` for an API token, the name its name.
            try db.alter(table: "pressReleases") { t in
                t.add(column: "distributedByAccountId", .text)
                t.add(column: "distributedByName", .text)
            }
        }
        migrator.registerMigration("media-relations-v3") { db in
            // Addresses press releases are never sent to, in lower case.
            try db.create(table: "doNotContact") { t in
                t.primaryKey("email", .text)
                // `DoNotContactReason`: unsubscribed or staff.
                t.column("reason", .text).notNull()
                t.column("addedAt", .datetime).notNull()
                t.column("addedByName", .text)
            }
        }
    }
}
