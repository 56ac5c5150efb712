import Foundation
import GRDB
import MessageSchema

/// A licence or a consent of an asset, as the expiry check reads it.
struct RightsRecord: Sendable {
    var id: String
    var kind: ExpiryKind
    var assetId: String
    /// The licence holder or the person who consented.
    var holder: String
    var expiresOn: CalendarDay
    var warned: Bool
    var expired: Bool

    /// Licences and consents with an expiry day up to `lastDay` not yet both warned of and acted on.
    static func pending(through lastDay: CalendarDay, in db: Database) throws -> [RightsRecord] {
        let sql = """
            SELECT id, 'licence' AS kind, assetId, holder, expiresOn, warnedAt IS NOT NULL AS warned,
                expiredAt IS NOT NULL AS expired
            FROM licences WHERE expiresOn IS NOT NULL AND expiresOn <= ? AND expiredAt IS NULL
            UNION ALL
            SELECT id, 'consent', assetId, person, expiresOn, warnedAt IS NOT NULL, expiredAt IS NOT NULL
            FROM consents WHERE expiresOn IS NOT NULL AND expiresOn <= ? AND expiredAt IS NULL
            ORDER BY expiresOn, id
            """
        return try Row.fetchAll(db, sql: sql, arguments: [lastDay.description, lastDay.description]).compactMap { row in
            guard let day = CalendarDay(row["expiresOn"] as String), let kind = ExpiryKind(rawValue: row["kind"]) else {
                return nil
            }
            return RightsRecord(
                id: row["id"], kind: kind, assetId: row["assetId"], holder: row["holder"], expiresOn: day,
                warned: row["warned"], expired: row["expired"])
        }
    }

    var table: String { kind == .licence ? "licences" : "consents" }

    func markWarned(at date: Date, in db: Database) throws {
        try db.execute(sql: "UPDATE \(table) SET warnedAt = ? WHERE id = ?", arguments: [date, id])
    }

    func markExpired(at date: Date, in db: Database) throws {
        try db.execute(sql: "UPDATE \(table) SET expiredAt = ? WHERE id = ?", arguments: [date, id])
    }
}
