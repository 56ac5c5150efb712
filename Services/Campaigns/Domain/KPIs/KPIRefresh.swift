import Foundation
import GRDB
import MessageSchema

/// Recomputes campaigns' KPIs from the tables the reactions keep
/// (`eventRegistrationCounts`, `mentions`, `surveyResults`) and the
/// campaigns' links, stores them, and announces each campaign whose KPIs
/// changed with `CampaignKPIsUpdated`, on the command's or reaction's change
/// (its correlation, cause and actor).
struct KPIRefresh {
    let change: CampaignsChange

    private var db: Database { change.db }

    func refresh(_ campaignIds: some Sequence<UUID>) throws {
        var seen = Set<UUID>()
        for id in campaignIds where seen.insert(id).inserted {
            guard let campaign = try CampaignRecord.fetch(id, in: db) else { continue }
            let kpis = try Self.compute(id, in: db)
            guard kpis != campaign.kpis else { continue }
            try db.execute(
                sql: "UPDATE campaigns SET kpis = ? WHERE id = ?",
                arguments: [try CampaignRecord.json(kpis), id.uuidString])
            try change.publish(CampaignKPIsUpdated(campaignId: id, kpis: kpis))
        }
    }

    /// The campaign's KPIs as the tables make them now.
    static func compute(_ campaignId: UUID, in db: Database) throws -> CampaignKPIs {
        let id = campaignId.uuidString
        let linkedEvents = "SELECT eventId FROM campaignEvents WHERE campaignId = :id"
        let arguments: StatementArguments = ["id": id]
        var kpis = CampaignKPIs()
        if let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COALESCE(SUM(accepted), 0) AS accepted, COALESCE(SUM(waitlisted), 0) AS waitlisted
                FROM eventRegistrationCounts WHERE eventId IN (\(linkedEvents))
                """, arguments: arguments)
        {
            kpis.registrations = row["accepted"]
            kpis.waitlisted = row["waitlisted"]
        }
        if let row = try Row.fetchOne(
            db,
            sql: """
                SELECT COUNT(*) AS mentions, COALESCE(SUM(reach), 0) AS reach FROM mentions
                WHERE campaignId = :id OR eventId IN (\(linkedEvents))
                """, arguments: arguments)
        {
            kpis.mentions = row["mentions"]
            kpis.reach = row["reach"]
        }
        let surveys = """
            FROM surveyResults WHERE (campaignId = :id OR eventId IN (\(linkedEvents))
                OR surveyId IN (SELECT surveyId FROM campaignSurveys WHERE campaignId = :id))
            """
        kpis.surveyResponses = try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(responses), 0) \(surveys)", arguments: arguments) ?? 0
        kpis.nps = try Double.fetchOne(
            db, sql: "SELECT nps \(surveys) AND nps IS NOT NULL ORDER BY updatedSeq DESC LIMIT 1", arguments: arguments)
        kpis.satisfaction = try Double.fetchOne(
            db, sql: "SELECT satisfaction \(surveys) AND satisfaction IS NOT NULL ORDER BY updatedSeq DESC LIMIT 1",
            arguments: arguments)
        return kpis
    }
}
