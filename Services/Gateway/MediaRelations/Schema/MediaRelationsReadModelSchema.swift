import GRDB
import GatewayKit

/// The gateway's copy of the media-relations service's state, built only
/// from its messages. Tables are prefixed `media`; ids are `uuidString`
/// text, dates GRDB's UTC text, so text order is time order. Shipped
/// migrations are never edited: a change is a new migration.
enum MediaRelationsReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-media-relations-v1") { db in
            try createContacts(db)
            try createPressReleasesAndVisits(db)
            try createMentions(db)
        }
        migrator.registerMigration("gateway-media-relations-v2") { db in
            // Who distributed the press release (`PressReleaseDistributed`'s envelope actor).
            try db.alter(table: "mediaPressReleases") { t in
                MediaPressReleaseRecord.distributedBy.add(to: t)
            }
        }
        migrator.registerMigration("gateway-media-relations-v3") { db in
            // The do-not-contact list (`DoNotContactAdded`): addresses in lower case.
            try db.create(table: "mediaDoNotContact") { t in
                t.primaryKey("email", .text)
                t.column("reason", .text).notNull()
                t.column("addedAt", .datetime).notNull()
                t.column("addedByAccountId", .text)
                t.column("addedByName", .text)
                t.column("updatedSeq", .integer).notNull()
            }
            // How many members a distribution left out for the list; `NULL` before it existed.
            try db.alter(table: "mediaPressReleases") { t in t.add(column: "leftOutCount", .integer) }
        }
    }

    private static func createContacts(_ db: Database) throws {
        try db.create(table: "mediaContacts") { t in
            t.primaryKey("id", .text)
            t.column("kind", .text).notNull()
            t.column("name", .text).notNull()
            // `LithuanianOrder.sortKey(name)`.
            t.column("nameSortKey", .text).notNull()
            t.column("organisation", .text)
            // A JSON array of texts.
            t.column("topics", .text).notNull()
            // The topics, lower case and without diacritics, one per line, for search.
            t.column("topicsText", .text).notNull()
            t.column("language", .text).notNull()
            t.column("email", .text)
            t.column("phone", .text)
            t.column("notes", .text)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "mediaContacts_name", on: "mediaContacts", columns: ["nameSortKey"])
        // A topic of a contact, folded (lower case, no diacritics) to filter by.
        try db.create(table: "mediaContactTopics") { t in
            t.column("contactId", .text).notNull().references("mediaContacts", onDelete: .cascade)
            t.column("topicKey", .text).notNull()
            t.primaryKey(["contactId", "topicKey"])
        }
        try db.create(index: "mediaContactTopics_key", on: "mediaContactTopics", columns: ["topicKey"])
        try db.create(virtualTable: "mediaContactSearch", using: FTS5()) { t in
            t.synchronize(withTable: "mediaContacts")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("name")
            t.column("organisation")
            t.column("topicsText")
            t.column("notes")
            t.column("email")
        }
        try db.create(table: "mediaContactLists") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("nameSortKey", .text).notNull()
            t.column("createdAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(table: "mediaContactListMembers") { t in
            t.column("listId", .text).notNull().references("mediaContactLists", onDelete: .cascade)
            t.column("contactId", .text).notNull()
            t.column("addedAt", .datetime).notNull()
            t.primaryKey(["listId", "contactId"])
        }
    }

    private static func createPressReleasesAndVisits(_ db: Database) throws {
        try db.create(table: "mediaPressReleases") { t in
            t.primaryKey("id", .text)
            t.column("status", .text).notNull()
            t.column("titleLt", .text).notNull()
            t.column("bodyLt", .text).notNull()
            t.column("titleEn", .text)
            t.column("bodyEn", .text)
            t.column("eventId", .text)
            t.column("campaignId", .text)
            t.column("contactListId", .text)
            t.column("recipientCount", .integer)
            t.column("distributedAt", .datetime)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "mediaPressReleases_event", on: "mediaPressReleases", columns: ["eventId"])
        try db.create(table: "mediaVisits") { t in
            t.primaryKey("id", .text)
            t.column("status", .text).notNull()
            t.column("date", .datetime).notNull()
            t.column("journalistId", .text).notNull()
            t.column("purpose", .text).notNull()
            t.column("host", .text).notNull()
            t.column("cancelReason", .text)
            t.column("createdAt", .datetime).notNull()
            t.column("updatedAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "mediaVisits_date", on: "mediaVisits", columns: ["date"])
    }

    private static func createMentions(_ db: Database) throws {
        try db.create(table: "mediaMentions") { t in
            t.primaryKey("id", .text)
            t.column("url", .text).notNull()
            t.column("outlet", .text).notNull()
            t.column("outletSortKey", .text).notNull()
            t.column("publishedAt", .datetime).notNull()
            t.column("title", .text).notNull()
            t.column("excerpt", .text)
            t.column("language", .text).notNull()
            t.column("reach", .integer).notNull()
            t.column("sentiment", .text).notNull()
            t.column("eventId", .text)
            t.column("campaignId", .text)
            t.column("recordedAt", .datetime).notNull()
            t.column("updatedSeq", .integer).notNull()
        }
        try db.create(index: "mediaMentions_publishedAt", on: "mediaMentions", columns: ["publishedAt"])
        try db.create(index: "mediaMentions_event", on: "mediaMentions", columns: ["eventId"])
        try db.create(index: "mediaMentions_campaign", on: "mediaMentions", columns: ["campaignId"])
        try db.create(virtualTable: "mediaMentionSearch", using: FTS5()) { t in
            t.synchronize(withTable: "mediaMentions")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("title")
            t.column("excerpt")
            t.column("outlet")
        }
    }
}
