import GRDB

/// The tables every service has. Shipped migrations are never edited: a
/// change is a new migration.
enum PlatformSchema {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("platform-v1") { db in
            try db.create(table: "outbox") { t in
                t.primaryKey("seq", .integer)
                t.column("id", .text).notNull().unique()
                t.column("type", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("occurredAt", .text).notNull()
                t.column("correlationId", .text)
                t.column("causationId", .text)
                t.column("payload", .text).notNull()
            }
            try db.create(table: "publisherState") { t in
                t.primaryKey("id", .integer)
                t.column("publishedSeq", .integer).notNull()
            }
            try db.execute(sql: "INSERT INTO publisherState (id, publishedSeq) VALUES (1, 0)")
            try db.create(table: "consumerOffset") { t in
                t.primaryKey("source", .text)
                t.column("appliedSeq", .integer).notNull()
            }
            try db.create(table: "deadLetter") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("source", .text)
                t.column("topic", .text).notNull()
                t.column("type", .text)
                t.column("seq", .integer)
                t.column("reason", .text).notNull()
                t.column("raw", .blob).notNull()
                t.column("receivedAt", .datetime).notNull()
                t.column("attempts", .integer).notNull().defaults(to: 1)
                t.column("resolvedAt", .datetime)
            }
            try db.create(table: "idempotencyKey") { t in
                t.primaryKey("key", .text)
                t.column("command", .text).notNull()
                t.column("reply", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("platform-v2") { db in
            // Old keys are forgotten by age (`IdempotencyKeys.forget(before:in:)`).
            try db.create(index: "idempotencyKeyByCreatedAt", on: "idempotencyKey", columns: ["createdAt"])
        }
        migrator.registerMigration("platform-v3") { db in
            // Who a message's change was made for (`Envelope.actor`); `NULL` for
            // messages written before, and for changes nobody made.
            try db.alter(table: "outbox") { t in
                t.add(column: "actorAccountId", .text)
                t.add(column: "actorName", .text)
            }
        }
        migrator.registerMigration("platform-v4") { db in
            // What a key was first used for: a hash of the command's name, payload
            // and actor (`CommandRequest.fingerprint`); `NULL` for keys recorded
            // before, which are checked by the command's name only.
            try db.alter(table: "idempotencyKey") { t in
                t.add(column: "requestHash", .text)
            }
        }
        migrator.registerMigration("platform-v5") { db in
            // The database's incarnation (`Incarnation`): its epoch, in every envelope and heartbeat.
            try Incarnation.create(in: db)
            // Per source: the epoch of what was applied, and why applying stopped
            // (`ConsumerOffsets.Stop`): a new epoch or a `seq` below what was applied.
            try db.alter(table: "consumerOffset") { t in
                t.add(column: "epoch", .text)
                t.add(column: "stoppedAt", .datetime)
                t.add(column: "stoppedReason", .text)
                t.add(column: "stoppedSourceEpoch", .text)
                t.add(column: "stoppedSourceSeq", .integer)
            }
        }
        migrator.registerMigration("platform-v6") { db in
            // What was pruned of the outbox, and from where each consumer may still need it (`OutboxPruning`).
            try OutboxPruning.create(in: db)
            try db.alter(table: "consumerOffset") { t in t.add(column: "stoppedPrunedThrough", .integer) }
        }
    }
}
