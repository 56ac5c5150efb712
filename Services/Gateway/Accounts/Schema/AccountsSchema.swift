import GRDB

/// The accounts part's tables in the gateway's database: the staff's
/// accounts, their one-time sign-in links and their sessions. Unlike the
/// read model, these are not built from messages: a rebuilt read model keeps them.
enum AccountsSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("gateway-accounts-v1") { db in
            try db.create(table: "accounts") { table in
                table.primaryKey("id", .text)
                table.column("name", .text).notNull()
                table.column("email", .text).notNull().unique().collate(.nocase)
                table.column("role", .text).notNull()
                table.column("passwordHash", .text)
                table.column("createdAt", .datetime).notNull()
                table.column("disabledAt", .datetime)
                table.column("failedSignIns", .integer).notNull().defaults(to: 0)
                table.column("lockedUntil", .datetime)
                table.column("lastSignInAt", .datetime)
            }
            try db.create(table: "signInLinks") { table in
                table.primaryKey("tokenHash", .text)
                table.column("accountId", .text).notNull().indexed().references("accounts", onDelete: .cascade)
                table.column("createdAt", .datetime).notNull()
                table.column("expiresAt", .datetime).notNull()
                table.column("usedAt", .datetime)
            }
            try db.create(table: "sessions") { table in
                table.primaryKey("tokenHash", .text)
                table.column("accountId", .text).notNull().indexed().references("accounts", onDelete: .cascade)
                table.column("csrfToken", .text).notNull()
                table.column("createdAt", .datetime).notNull()
                table.column("lastSeenAt", .datetime).notNull()
            }
        }
    }
}
