import GRDB

/// The tables the alerts to staff need beyond `mail-v1`: the mail service's
/// copy of the other units' submissions (what a "submission reviewed" mail
/// names). A shipped migration is never edited.
enum StaffAlertSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("mail-v2-staff-alerts") { db in
            try db.create(table: "submissions") { t in
                t.primaryKey("id", .text)
                t.column("unit", .text).notNull()
                t.column("title", .text).notNull()
                // The acting person of `submission.received` (`Actor.name`), when it named one.
                t.column("submittedBy", .text)
            }
        }
    }
}
