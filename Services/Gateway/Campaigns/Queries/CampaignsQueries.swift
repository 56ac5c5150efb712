import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// Which campaigns a list shows.
struct CampaignFilter: Sendable, Equatable {
    /// Any of these statuses; empty means every status.
    var statuses: Set<CampaignStatus> = []
    /// Campaigns whose period overlaps this year.
    var year: Int?
    /// Words every one of which the name (LT or EN), goal or audience has,
    /// as a word or the start of one, diacritics ignored.
    var text: String?
}

/// What the campaigns routes ask the read model.
enum CampaignsQueries {
    /// Campaigns matching `filter`, by start then Lithuanian name, one page, with the number matching in all.
    static func campaigns(_ filter: CampaignFilter, page: Page, in db: Database) throws -> (items: [CampaignRecord], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !filter.statuses.isEmpty {
            let statuses = filter.statuses.map(\.rawValue).sorted()
            conditions.append("c.status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ", ")))")
            arguments += StatementArguments(statuses)
        }
        if let year = filter.year {
            conditions.append("c.startsOn <= ? AND c.endsOn >= ?")
            arguments += ["\(year)-12-31", "\(year)-01-01"]
        }
        if let text = filter.text {
            guard let pattern = try SearchPattern.make(text, table: "campaignSearch", in: db) else { return ([], 0) }
            conditions.append("c.rowid IN (SELECT rowid FROM campaignSearch WHERE campaignSearch MATCH ?)")
            arguments += [pattern]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM campaigns c \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(CampaignRecord.selection) FROM campaigns c \(clause)
                ORDER BY c.startsOn, c.nameSortKey, c.nameLt, c.id LIMIT ? OFFSET ?
                """,
            arguments: arguments + [page.limit, page.offset])
        return (try rows.map(CampaignRecord.init(row:)), total)
    }

    static func campaign(id: UUID, in db: Database) throws -> CampaignRecord? {
        try Row.fetchOne(
            db, sql: "SELECT \(CampaignRecord.selection) FROM campaigns c WHERE c.id = ?", arguments: [id.uuidString]
        ).map(CampaignRecord.init(row:))
    }

    /// A year's marketing plan: its objectives by Lithuanian title, each
    /// with its campaigns, and the year's campaigns that serve no objective.
    static func plan(year: Int, in db: Database) throws -> MarketingPlanReport {
        let objectives = try Row.fetchAll(
            db, sql: "SELECT * FROM marketingObjectives WHERE year = ? ORDER BY titleSortKey, title, id", arguments: [year])
        var entries: [MarketingPlanReport.Entry] = []
        for row in objectives {
            let id: String = row["id"]
            let campaigns = try Row.fetchAll(
                db,
                sql: "SELECT \(CampaignRecord.selection) FROM campaigns c WHERE c.objectiveId = ? ORDER BY c.startsOn, c.nameSortKey, c.id",
                arguments: [id]
            ).map(CampaignRecord.init(row:))
            entries.append(
                MarketingPlanReport.Entry(
                    id: UUID(uuidString: id) ?? UUID(), title: row["title"], description: row["description"],
                    campaigns: campaigns))
        }
        let others = try Row.fetchAll(
            db,
            sql: """
                SELECT \(CampaignRecord.selection) FROM campaigns c
                WHERE c.startsOn <= ? AND c.endsOn >= ?
                    AND (c.objectiveId IS NULL OR c.objectiveId NOT IN (SELECT id FROM marketingObjectives WHERE year = ?))
                ORDER BY c.startsOn, c.nameSortKey, c.id
                """,
            arguments: ["\(year)-12-31", "\(year)-01-01", year]
        ).map(CampaignRecord.init(row:))
        return MarketingPlanReport(year: year, objectives: entries, otherCampaigns: others)
    }

    static func objective(id: UUID, in db: Database) throws -> MarketingObjective? {
        try Row.fetchOne(db, sql: "SELECT * FROM marketingObjectives WHERE id = ?", arguments: [id.uuidString]).map { row in
            MarketingObjective(id: id, year: row["year"], title: row["title"], description: row["description"])
        }
    }

    /// Submissions, newest first, optionally of some statuses.
    static func submissions(statuses: Set<SubmissionStatus>, page: Page, in db: Database) throws -> (items: [SubmissionRecord], total: Int) {
        var clause = ""
        var arguments = StatementArguments()
        if !statuses.isEmpty {
            let values = statuses.map(\.rawValue).sorted()
            clause = "WHERE status IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))"
            arguments += StatementArguments(values)
        }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM campaignSubmissions \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM campaignSubmissions \(clause) ORDER BY createdAt DESC, id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return (try rows.map(SubmissionRecord.init(row:)), total)
    }

    static func submission(id: UUID, in db: Database) throws -> SubmissionRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM campaignSubmissions WHERE id = ?", arguments: [id.uuidString])
            .map(SubmissionRecord.init(row:))
    }

    /// The content calendar of a month (`2026-12`): scheduled and published
    /// submissions by day, and the campaigns running in it.
    static func calendar(month: String, in db: Database) throws -> (items: [SubmissionRecord], campaigns: [CampaignRecord]) {
        let first = "\(month)-01"
        let last = "\(month)-31"
        let items = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM campaignSubmissions
                WHERE scheduledOn BETWEEN ? AND ? AND status IN ('scheduled', 'published')
                ORDER BY scheduledOn, scheduledChannel, title, id
                """,
            arguments: [first, last]
        ).map(SubmissionRecord.init(row:))
        let campaigns = try Row.fetchAll(
            db,
            sql: """
                SELECT \(CampaignRecord.selection) FROM campaigns c
                WHERE c.startsOn <= ? AND c.endsOn >= ? AND c.status <> 'cancelled'
                ORDER BY c.startsOn, c.nameSortKey, c.id
                """,
            arguments: [last, first]
        ).map(CampaignRecord.init(row:))
        return (items, campaigns)
    }
}

/// A year's marketing plan as the read model has it.
struct MarketingPlanReport: Sendable {
    struct Entry: Sendable {
        var id: UUID
        var title: String
        var description: String?
        var campaigns: [CampaignRecord]
    }

    var year: Int
    var objectives: [Entry]
    var otherCampaigns: [CampaignRecord]
}
