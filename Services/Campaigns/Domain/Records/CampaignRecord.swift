import Foundation
import GRDB
import MessageSchema

/// A row of `campaigns`: the description and the last KPIs as JSON, with
/// the columns queries need beside them.
struct CampaignRecord {
    var id: UUID
    var status: CampaignStatus
    var details: CampaignDetails
    var kpis: CampaignKPIs
    var createdAt: Date
    var updatedAt: Date

    /// How staff recognise the campaign in a message: its Lithuanian name.
    var label: String { "\"\(details.nameLt)\"" }

    static func fetch(_ id: UUID, in db: Database) throws -> CampaignRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM campaigns WHERE id = ?", arguments: [id.uuidString])
        else { return nil }
        let statusText: String = row["status"]
        let detailsText: String = row["details"]
        let kpisText: String = row["kpis"]
        guard let status = CampaignStatus(rawValue: statusText) else {
            throw CommandFailure(.unavailable, "campaign \(id.uuidString) has an unreadable status '\(statusText)'")
        }
        return CampaignRecord(
            id: id, status: status,
            details: try MessageCoding.decode(CampaignDetails.self, from: Data(detailsText.utf8)),
            kpis: try MessageCoding.decode(CampaignKPIs.self, from: Data(kpisText.utf8)),
            createdAt: row["createdAt"], updatedAt: row["updatedAt"])
    }

    func insert(_ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO campaigns (id, status, details, nameLt, startsOn, endsOn, objectiveId, kpis, createdAt, updatedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                id.uuidString, status.rawValue, try Self.json(details), details.nameLt, details.startsOn,
                details.endsOn, details.objectiveId?.uuidString, try Self.json(kpis), createdAt, updatedAt,
            ])
        try storeSurveys(db)
    }

    func update(_ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE campaigns SET status = ?, details = ?, nameLt = ?, startsOn = ?, endsOn = ?, objectiveId = ?,
                    kpis = ?, updatedAt = ?
                WHERE id = ?
                """,
            arguments: [
                status.rawValue, try Self.json(details), details.nameLt, details.startsOn, details.endsOn,
                details.objectiveId?.uuidString, try Self.json(kpis), updatedAt, id.uuidString,
            ])
        try storeSurveys(db)
    }

    /// Ids of the linked events, in the order they were linked.
    static func eventIds(of campaignId: UUID, in db: Database) throws -> [UUID] {
        try String.fetchAll(
            db, sql: "SELECT eventId FROM campaignEvents WHERE campaignId = ? ORDER BY rowid",
            arguments: [campaignId.uuidString]
        ).compactMap(UUID.init(uuidString:))
    }

    /// `campaignSurveys` repeats `details.surveyIds`, so a survey's results find their campaigns.
    private func storeSurveys(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM campaignSurveys WHERE campaignId = ?", arguments: [id.uuidString])
        for surveyId in details.surveyIds {
            try db.execute(
                sql: "INSERT INTO campaignSurveys (campaignId, surveyId) VALUES (?, ?)",
                arguments: [id.uuidString, surveyId.uuidString])
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try MessageCoding.encode(value), as: UTF8.self)
    }
}
