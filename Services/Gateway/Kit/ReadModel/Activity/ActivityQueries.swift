import Foundation
import GRDB
import MessageSchema

/// One entry of a thing's activity history: a message about it.
public struct ActivityEntry: Sendable, Equatable {
    public var source: String
    public var type: String
    public var version: Int
    public var seq: Int64
    public var occurredAt: Date
    /// Who did it; `nil` when nobody acted or the sender did not say.
    public var actor: Actor?

    public init(source: String, type: String, version: Int, seq: Int64, occurredAt: Date, actor: Actor?) {
        self.source = source
        self.type = type
        self.version = version
        self.seq = seq
        self.occurredAt = occurredAt
        self.actor = actor
    }

    init(row: Row) {
        self.init(
            source: row["source"], type: row["type"], version: row["version"], seq: row["seq"],
            occurredAt: row["occurredAt"], actor: ActorColumns("actor").actor(in: row))
    }
}

/// What the activity history answers.
public enum ActivityQueries {
    /// The history of `subject` (an event's, asset's … id), newest first, a
    /// page of it, with how many entries there are in all.
    public static func activity(
        of subject: UUID, page: Page = Page(), in db: Database
    ) throws -> (
        items: [ActivityEntry], total: Int
    ) {
        let total =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity WHERE subjectId = ?", arguments: [subject.uuidString])
            ?? 0
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM activity WHERE subjectId = ?
                ORDER BY occurredAt DESC, source, seq DESC LIMIT ? OFFSET ?
                """,
            arguments: [subject.uuidString, page.limit, page.offset])
        return (rows.map(ActivityEntry.init(row:)), total)
    }
}
