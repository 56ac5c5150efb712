import Foundation
import GRDB
import GatewayKit

/// Who filed a submission through the web application: the signed-in
/// person's account and name, kept by the gateway when the campaigns
/// service accepts the submission. `SubmissionReceived` carries nothing of
/// the filer, so a submitter's own list is matched on this. When messages
/// carry their actor (issue 7's "who did what"), the applier of
/// `SubmissionReceived` can fill this table from the envelope instead.
enum SubmissionFilers {
    struct Filer: Sendable, Equatable {
        var accountId: UUID?
        var name: String
        var filedAt: Date
    }

    static func create(_ db: Database) throws {
        try db.create(table: "campaignSubmissionFilers") { t in
            t.primaryKey("submissionId", .text)
            t.column("accountId", .text)
            t.column("name", .text).notNull()
            t.column("filedAt", .datetime).notNull()
        }
        try db.create(index: "campaignSubmissionFilers_account", on: "campaignSubmissionFilers", columns: ["accountId"])
    }

    static func record(_ submissionId: UUID, by identity: StaffIdentity, at date: Date, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO campaignSubmissionFilers (submissionId, accountId, name, filedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(submissionId) DO NOTHING
                """,
            arguments: [submissionId.uuidString, identity.accountId?.uuidString, identity.name, date])
    }

    static func filer(of submissionId: UUID, in db: Database) throws -> Filer? {
        try Row.fetchOne(
            db, sql: "SELECT * FROM campaignSubmissionFilers WHERE submissionId = ?", arguments: [submissionId.uuidString]
        ).map { row in
            let account: String? = row["accountId"]
            return Filer(accountId: account.flatMap(UUID.init(uuidString:)), name: row["name"], filedAt: row["filedAt"])
        }
    }

    /// The submissions `accountId` filed, newest first.
    static func submissions(filedBy accountId: UUID, in db: Database) throws -> [SubmissionRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT s.* FROM campaignSubmissions s JOIN campaignSubmissionFilers f ON f.submissionId = s.id
                WHERE f.accountId = ? ORDER BY s.createdAt DESC, s.id
                """,
            arguments: [accountId.uuidString]
        ).map(SubmissionRecord.init(row:))
    }

    /// Who filed each of `ids` (those the gateway knows).
    static func names(of ids: [UUID], in db: Database) throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT submissionId, name FROM campaignSubmissionFilers
                WHERE submissionId IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))
                """,
            arguments: StatementArguments(ids.map(\.uuidString)))
        var result: [UUID: String] = [:]
        for row in rows {
            if let id = UUID(uuidString: row["submissionId"]) { result[id] = row["name"] }
        }
        return result
    }
}
