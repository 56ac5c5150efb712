import Foundation
import GRDB
import MessageSchema

/// Records a message the read model applied in the activity history: its
/// source, type, version, `seq`, time and actor, once for each thing it is
/// about. The things are the UUIDs of the payload's top-level `id` and
/// `…Id` members (`eventId`, `assetId`, `contactListId` …); a message that
/// names none is not recorded. Runs in the consumer's transaction.
public enum ActivityRecorder {
    public static func record(_ envelope: Envelope, in db: Database) throws {
        let actor = ActorColumns("actor")
        for subject in subjects(of: envelope.payload) {
            let columns: [(String, (any DatabaseValueConvertible)?)] =
                [
                    ("subjectId", subject.uuidString), ("messageId", envelope.id.uuidString),
                    ("source", envelope.source), ("type", envelope.type), ("version", envelope.version),
                    ("seq", envelope.seq), ("occurredAt", envelope.occurredAt),
                ] + actor.values(envelope.actor)
            try db.execute(
                sql: """
                    INSERT INTO activity (\(columns.map(\.0).joined(separator: ", ")))
                    VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
                    ON CONFLICT(messageId, subjectId) DO NOTHING
                    """,
                arguments: StatementArguments(columns.map(\.1)))
        }
    }

    /// The UUIDs of `payload`'s top-level `id` and `…Id` members, without
    /// repeats, in the order of their names. Members that are not a UUID
    /// string are not subjects.
    public static func subjects(of payload: JSONValue) -> [UUID] {
        guard case .object(let members) = payload else { return [] }
        var seen = Set<UUID>()
        return members.keys.sorted().compactMap { name -> UUID? in
            guard name == "id" || name.hasSuffix("Id"), case .string(let text) = members[name],
                let id = UUID(uuidString: text), seen.insert(id).inserted
            else { return nil }
            return id
        }
    }
}
