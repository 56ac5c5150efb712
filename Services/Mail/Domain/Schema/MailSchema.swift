import GRDB

/// The mail service's own tables, migrated after the platform's: its copy of
/// what the other services published that a mail needs (events and their
/// registrations, sessions and enrolments, contacts, lists and press
/// releases), and the mails; then `StaffAlertSchema`'s. A shipped migration
/// is never edited.
public enum MailSchema {
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("mail-v1") { db in
            try db.create(table: "events") { t in
                t.primaryKey("id", .text)
                // EventDetails as JSON: what the `.ics` and the texts need.
                t.column("details", .text).notNull()
                t.column("status", .text).notNull()
                // How often the event moved: the `.ics` SEQUENCE.
                t.column("sequence", .integer).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "registrations") { t in
                t.primaryKey("id", .text)
                t.column("eventId", .text).notNull()
                t.column("name", .text).notNull()
                t.column("email", .text).notNull()
                t.column("status", .text).notNull()
            }
            try db.create(index: "registrationsByEvent", on: "registrations", columns: ["eventId", "status"])

            try db.create(table: "courses") { t in
                t.primaryKey("id", .text)
                t.column("titleLt", .text).notNull()
            }
            try db.create(table: "sessions") { t in
                t.primaryKey("id", .text)
                t.column("courseId", .text).notNull()
                t.column("startsAt", .datetime).notNull()
                t.column("place", .text).notNull()
            }
            try db.create(table: "enrolments") { t in
                t.primaryKey("id", .text)
                t.column("sessionId", .text).notNull()
                t.column("name", .text).notNull()
                t.column("email", .text).notNull()
            }

            try db.create(table: "contacts") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("email", .text)
                t.column("language", .text).notNull()
            }
            try db.create(table: "pressReleases") { t in
                t.primaryKey("id", .text)
                t.column("titleLt", .text).notNull()
                t.column("bodyLt", .text).notNull()
                t.column("titleEn", .text)
                t.column("bodyEn", .text)
            }

            try db.create(table: "mails") { t in
                // Derived from the message that caused it and the recipient.
                t.primaryKey("id", .text)
                t.column("kind", .text).notNull()
                t.column("recipient", .text).notNull()
                t.column("subject", .text).notNull()
                // The whole RFC 5322 message, written once.
                t.column("raw", .blob).notNull()
                t.column("status", .text).notNull()
                t.column("attempts", .integer).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("nextAttemptAt", .datetime).notNull()
                t.column("lastAnswer", .text)
                t.column("sentAt", .datetime)
                t.column("causationId", .text).notNull()
            }
            try db.create(index: "mailsDue", on: "mails", columns: ["status", "nextAttemptAt"])
        }
        StaffAlertSchema.register(in: &migrator)
    }
}
