import GRDB

/// The mail part's tables: the mails the mail service gave up on, and how it
/// delivers and whether it sends alerts to staff (one row). Shipped
/// migrations are never edited.
enum MailReadModelSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-mail-v1") { db in
            try db.create(table: "mailFailures") { t in
                t.primaryKey("mailId", .text)
                t.column("kind", .text).notNull()
                t.column("recipient", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("lastAnswer", .text).notNull()
                t.column("attempts", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("failedAt", .datetime).notNull()
                t.column("updatedSeq", .integer).notNull()
            }
            try db.create(index: "mailFailuresByTime", on: "mailFailures", columns: ["failedAt"])
            try db.create(table: "mailDelivery") { t in
                t.primaryKey("id", .integer)
                t.column("delivery", .text).notNull()
                t.column("folder", .text)
                t.column("sentCount", .integer).notNull()
                t.column("updatedSeq", .integer).notNull()
            }
        }
        migrator.registerMigration("gateway-mail-v2-staff-alerts") { db in
            // `MailDeliveryConfigured.staffAlerts`; NULL until the mail service says.
            try db.alter(table: "mailDelivery") { t in t.add(column: "staffAlerts", .boolean) }
        }
    }
}
