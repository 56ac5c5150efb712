import Foundation
import GRDB
import GatewayKit

/// Who filed a submission: the acting person of `SubmissionReceived`'s
/// envelope (a signed-in person's account and name, or an API token's name),
/// kept by its applier; a submitter's own list is matched on the account.
/// The page that files one also records it as soon as the campaigns service
/// accepted it, so the filer sees it at once even while the read model catches up.
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
        try record(submissionId, accountId: identity.accountId, name: identity.name, at: date, in: db)
    }

    static func record(_ submissionId: UUID, accountId: UUID?, name: String, at date: Date, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO campaignSubmissionFilers (submissionId, accountId, name, filedAt) VALUES (?, ?, ?, ?)
                ON CONFLICT(submissionId) DO NOTHING
                """,
            arguments: [submissionId.uuidString, accountId?.uuidString, name, date])
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
