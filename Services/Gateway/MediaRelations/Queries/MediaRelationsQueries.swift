import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// Which contacts a list shows.
struct ContactFilter: Sendable {
    var kinds: Set<ContactKind> = []
    /// A topic, case and diacritics ignored.
    var topic: String?
    /// Words every one of which the name, organisation, topics, notes or
    /// e-mail has, as a word or its start, diacritics ignored.
    var text: String?
}

/// Which mentions a list, the coverage and the outlet shares count.
struct MentionFilter: Sendable {
    var from: Date?
    var to: Date?
    var outlet: String?
    var sentiments: Set<Sentiment> = []
    var eventId: UUID?
    var campaignId: UUID?
    var text: String?
}

/// What the media-relations routes ask the read model.
enum MediaRelationsQueries {
    static func contacts(_ filter: ContactFilter, page: Page, in db: Database) throws -> MediaPage<MediaContactRecord> {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !filter.kinds.isEmpty {
            let kinds = filter.kinds.map(\.rawValue).sorted()
            conditions.append("c.kind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ", ")))")
            arguments += StatementArguments(kinds)
        }
        if let topic = filter.topic {
            conditions.append("c.id IN (SELECT contactId FROM mediaContactTopics WHERE topicKey = ?)")
            arguments += [MediaRelationsText.fold(topic)]
        }
        if let text = filter.text, let pattern = try SearchPattern.make(text, table: "mediaContactSearch", in: db) {
            conditions.append("c.rowid IN (SELECT rowid FROM mediaContactSearch WHERE mediaContactSearch MATCH ?)")
            arguments += [pattern]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaContacts c \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT c.* FROM mediaContacts c \(clause) ORDER BY c.nameSortKey, c.name, c.id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return MediaPage(items: try rows.map { try contact(row: $0, in: db) }, total: total, page: page)
    }

    static func contact(id: UUID, in db: Database) throws -> MediaContactRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM mediaContacts WHERE id = ?", arguments: [id.uuidString])
            .map { try contact(row: $0, in: db) }
    }

    private static func contact(row: Row, in db: Database) throws -> MediaContactRecord {
        let id: String = row["id"]
        let lists = try String.fetchAll(
            db,
            sql: """
                SELECT m.listId FROM mediaContactListMembers m JOIN mediaContactLists l ON l.id = m.listId
                WHERE m.contactId = ? ORDER BY l.nameSortKey, l.id
                """,
            arguments: [id])
        return try MediaContactRecord(row: row, listIds: lists.compactMap(UUID.init(uuidString:)))
    }

    static func contactLists(page: Page, in db: Database) throws -> MediaPage<MediaContactListRecord> {
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaContactLists") ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM mediaContactLists ORDER BY nameSortKey, name, id LIMIT ? OFFSET ?",
            arguments: [page.limit, page.offset])
        return MediaPage(items: try rows.map { try contactList(row: $0, in: db) }, total: total, page: page)
    }

    static func contactList(id: UUID, in db: Database) throws -> MediaContactListRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM mediaContactLists WHERE id = ?", arguments: [id.uuidString])
            .map { try contactList(row: $0, in: db) }
    }

    private static func contactList(row: Row, in db: Database) throws -> MediaContactListRecord {
        let id: String = row["id"]
        let members = try String.fetchAll(
            db, sql: "SELECT contactId FROM mediaContactListMembers WHERE listId = ? ORDER BY addedAt, contactId",
            arguments: [id])
        guard let uuid = UUID(uuidString: id) else {
            throw UnreadableRow(table: "mediaContactLists", id: id, column: "id")
        }
        return MediaContactListRecord(
            id: uuid, name: row["name"], contactIds: members.compactMap(UUID.init(uuidString:)), updatedSeq: row["updatedSeq"])
    }

    static func pressReleases(
        eventId: UUID?, campaignId: UUID?, statuses: Set<PressReleaseStatus>, page: Page, in db: Database
    ) throws -> MediaPage<MediaPressReleaseRecord> {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let eventId {
            conditions.append("eventId = ?")
            arguments += [eventId.uuidString]
        }
        if let campaignId {
            conditions.append("campaignId = ?")
            arguments += [campaignId.uuidString]
        }
        if !statuses.isEmpty {
            let values = statuses.map(\.rawValue).sorted()
            conditions.append("status IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaPressReleases \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT * FROM mediaPressReleases \(clause) ORDER BY createdAt DESC, id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return MediaPage(items: try rows.map(MediaPressReleaseRecord.init(row:)), total: total, page: page)
    }

    static func pressRelease(id: UUID, in db: Database) throws -> MediaPressReleaseRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM mediaPressReleases WHERE id = ?", arguments: [id.uuidString])
            .map(MediaPressReleaseRecord.init(row:))
    }

    private static let visitSelection =
        "SELECT v.*, c.name AS journalistName FROM mediaVisits v LEFT JOIN mediaContacts c ON c.id = v.journalistId"

    static func visits(
        statuses: Set<VisitStatus>, journalistId: UUID?, page: Page, in db: Database
    ) throws -> MediaPage<MediaVisitRecord> {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if !statuses.isEmpty {
            let values = statuses.map(\.rawValue).sorted()
            conditions.append("v.status IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
        }
        if let journalistId {
            conditions.append("v.journalistId = ?")
            arguments += [journalistId.uuidString]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaVisits v \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "\(visitSelection) \(clause) ORDER BY v.date, v.id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return MediaPage(items: try rows.map(MediaVisitRecord.init(row:)), total: total, page: page)
    }

    static func visit(id: UUID, in db: Database) throws -> MediaVisitRecord? {
        try Row.fetchOne(db, sql: "\(visitSelection) WHERE v.id = ?", arguments: [id.uuidString])
            .map(MediaVisitRecord.init(row:))
    }

    static func mentions(_ filter: MentionFilter, page: Page, in db: Database) throws -> MediaPage<MediaMentionRecord> {
        guard let (clause, arguments) = try mentionWhere(filter, in: db) else {
            return MediaPage(items: [], total: 0, page: page)
        }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaMentions m \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT m.* FROM mediaMentions m \(clause) ORDER BY m.publishedAt DESC, m.id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        return MediaPage(items: try rows.map(MediaMentionRecord.init(row:)), total: total, page: page)
    }

    static func mention(id: UUID, in db: Database) throws -> MediaMentionRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM mediaMentions WHERE id = ?", arguments: [id.uuidString])
            .map(MediaMentionRecord.init(row:))
    }

    /// Per month of publication (Vilnius time), oldest first: how many
    /// mentions, their reach, and how many of each sentiment.
    static func coverage(_ filter: MentionFilter, in db: Database) throws -> [CoverageMonth] {
        guard let (clause, arguments) = try mentionWhere(filter, in: db) else { return [] }
        let rows = try Row.fetchAll(
            db, sql: "SELECT m.publishedAt, m.reach, m.sentiment FROM mediaMentions m \(clause)", arguments: arguments)
        let calendar = Timestamp.vilniusCalendar
        var months: [String: CoverageMonth] = [:]
        for row in rows {
            let date: Date = row["publishedAt"]
            let parts = calendar.dateComponents([.year, .month], from: date)
            let key = String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
            var month = months[key] ?? CoverageMonth(month: key)
            month.count += 1
            month.reach += row["reach"] as Int
            switch Sentiment(rawValue: row["sentiment"]) {
            case .positive: month.positive += 1
            case .negative: month.negative += 1
            case .neutral, nil: month.neutral += 1
            }
            months[key] = month
        }
        return months.values.sorted { $0.month < $1.month }
    }

    /// Mentions and reach per outlet, most mentions first (ties in Lithuanian order).
    static func outlets(_ filter: MentionFilter, in db: Database) throws -> [OutletShare] {
        guard let (clause, arguments) = try mentionWhere(filter, in: db) else { return [] }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT m.outlet, COUNT(*) AS count, SUM(m.reach) AS reach FROM mediaMentions m \(clause)
                GROUP BY m.outlet ORDER BY count DESC, MIN(m.outletSortKey), m.outlet
                """,
            arguments: arguments
        ).map { row in
            let reach: Int? = row["reach"]
            return OutletShare(outlet: row["outlet"], count: row["count"], reach: reach ?? 0)
        }
    }

    /// `WHERE …` for `filter` (empty when it filters nothing), or `nil` when nothing can match.
    private static func mentionWhere(_ filter: MentionFilter, in db: Database) throws -> (String, StatementArguments)? {
        if let from = filter.from, let to = filter.to, from >= to { return nil }
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let from = filter.from {
            conditions.append("m.publishedAt >= ?")
            arguments += [from]
        }
        if let to = filter.to {
            conditions.append("m.publishedAt < ?")
            arguments += [to]
        }
        if let outlet = filter.outlet {
            conditions.append("m.outletSortKey = ?")
            arguments += [LithuanianOrder.sortKey(outlet)]
        }
        if !filter.sentiments.isEmpty {
            let values = filter.sentiments.map(\.rawValue).sorted()
            conditions.append("m.sentiment IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
        }
        if let eventId = filter.eventId {
            conditions.append("m.eventId = ?")
            arguments += [eventId.uuidString]
        }
        if let campaignId = filter.campaignId {
            conditions.append("m.campaignId = ?")
            arguments += [campaignId.uuidString]
        }
        if let text = filter.text, let pattern = try SearchPattern.make(text, table: "mediaMentionSearch", in: db) {
            conditions.append("m.rowid IN (SELECT rowid FROM mediaMentionSearch WHERE mediaMentionSearch MATCH ?)")
            arguments += [pattern]
        }
        return (conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "), arguments)
    }

}

/// One month of coverage.
struct CoverageMonth: Sendable, Equatable, Codable {
    /// `2026-11`, in Vilnius.
    var month: String
    var count = 0
    var reach = 0
    var positive = 0
    var neutral = 0
    var negative = 0
}

/// One outlet's mentions and reach.
struct OutletShare: Sendable, Equatable {
    var outlet: String
    var count: Int
    var reach: Int
}
