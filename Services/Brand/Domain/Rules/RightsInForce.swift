import Foundation
import GRDB
import MessageSchema

/// Whether an asset's usage rights hold on a day: when it has licences, at
/// least one has not run out; for every person shown, at least one of their
/// consents has not run out. A licence or consent without an expiry day
/// never runs out; one is valid through its expiry day.
enum RightsInForce {
    /// Why the rights do not hold on `day`, in words; `nil` when they do.
    static func lapsed(assetId: String, on day: CalendarDay, in db: Database) throws -> String? {
        let inForce = "(expiresOn IS NULL OR expiresOn >= ?)"
        let licences = try Row.fetchOne(
            db, sql: "SELECT COUNT(*) AS total, SUM(\(inForce)) AS valid, MAX(expiresOn) AS last FROM licences WHERE assetId = ?",
            arguments: [day.description, assetId])
        if let licences, (licences["total"] as Int? ?? 0) > 0, (licences["valid"] as Int? ?? 0) == 0 {
            let last: String = licences["last"] ?? "?"
            return "its licence ran out on \(last)"
        }
        let people = try String.fetchAll(
            db,
            sql: "SELECT person FROM consents WHERE assetId = ? GROUP BY person HAVING SUM(\(inForce)) = 0 ORDER BY person",
            arguments: [assetId, day.description])
        if !people.isEmpty {
            return "the consent of \(people.joined(separator: ", ")) ran out"
        }
        return nil
    }
}
