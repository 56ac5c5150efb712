import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about campaigns: description, lifecycle, linked events, KPIs.
// A campaign's `updatedSeq` is the last message that wrote it: an older one
// (a dead letter retried late) is refused (`Change.requireNotNewer`).

extension CampaignsReadModel {
    func created(_ message: CampaignCreated, _ change: Change) throws {
        try change.requireNotNewer("campaigns", id: message.campaignId, row: "campaign")
        let columns =
            try Self.detailColumns(message.details) + [
                ("status", CampaignStatus.draft.rawValue), ("kpis", try Self.json(CampaignKPIs())),
                ("createdAt", change.occurredAt), ("updatedAt", change.occurredAt), ("updatedSeq", change.seq),
            ]
        let names = ["id"] + columns.map(\.0)
        let updates = columns.map { "\($0.0) = excluded.\($0.0)" }.joined(separator: ", ")
        try change.db.execute(
            sql: """
                INSERT INTO campaigns (\(names.joined(separator: ", ")))
                VALUES (\(Array(repeating: "?", count: names.count).joined(separator: ", ")))
                ON CONFLICT(id) DO UPDATE SET \(updates)
                """,
            arguments: StatementArguments([message.campaignId.uuidString] + columns.map(\.1)))
        for eventId in message.eventIds {
            try change.db.execute(
                sql: "INSERT OR IGNORE INTO campaignEvents (campaignId, eventId) VALUES (?, ?)",
                arguments: [message.campaignId.uuidString, eventId.uuidString])
        }
    }

    func updated(_ message: CampaignUpdated, _ change: Change) throws {
        try updateCampaign(message.campaignId, try Self.detailColumns(message.details), change)
    }

    func statusChanged(_ message: CampaignStatusChanged, _ change: Change) throws {
        var columns: [(String, (any DatabaseValueConvertible)?)] = [("status", message.to.rawValue)]
        if message.to == .cancelled { columns.append(("cancelReason", message.reason)) }
        try updateCampaign(message.campaignId, columns, change)
    }

    func linked(_ message: CampaignEventLinked, _ change: Change) throws {
        try updateCampaign(message.campaignId, [], change)
        try change.db.execute(
            sql: "INSERT OR IGNORE INTO campaignEvents (campaignId, eventId) VALUES (?, ?)",
            arguments: [message.campaignId.uuidString, message.eventId.uuidString])
    }

    func unlinked(_ message: CampaignEventUnlinked, _ change: Change) throws {
        try updateCampaign(message.campaignId, [], change)
        try change.db.execute(
            sql: "DELETE FROM campaignEvents WHERE campaignId = ? AND eventId = ?",
            arguments: [message.campaignId.uuidString, message.eventId.uuidString])
    }

    func kpisUpdated(_ message: CampaignKPIsUpdated, _ change: Change) throws {
        // KPIs move without a change of the campaign itself: `updatedAt` stays.
        try change.requireNotNewer("campaigns", id: message.campaignId, row: "campaign")
        try change.db.execute(
            sql: "UPDATE campaigns SET kpis = ?, updatedSeq = ? WHERE id = ?",
            arguments: [try Self.json(message.kpis), change.seq, message.campaignId.uuidString])
        if change.db.changesCount == 0 {
            throw CampaignsReadModelError.unknownCampaign(message.campaignId, messageType: change.type)
        }
    }

    private func updateCampaign(
        _ id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)], _ change: Change
    ) throws {
        try change.requireNotNewer("campaigns", id: id, row: "campaign")
        let all = columns + [("updatedAt", change.occurredAt), ("updatedSeq", change.seq)]
        try change.db.execute(
            sql: "UPDATE campaigns SET \(all.map { "\($0.0) = ?" }.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(all.map(\.1) + [id.uuidString]))
        if change.db.changesCount == 0 { throw CampaignsReadModelError.unknownCampaign(id, messageType: change.type) }
    }

    static func detailColumns(_ details: CampaignDetails) throws -> [(String, (any DatabaseValueConvertible)?)] {
        [
            ("details", try json(details)), ("nameLt", details.nameLt), ("nameEn", details.nameEn),
            ("goal", details.goal), ("audience", details.audience),
            ("nameSortKey", LithuanianOrder.sortKey(details.nameLt)), ("startsOn", details.startsOn),
            ("endsOn", details.endsOn), ("objectiveId", details.objectiveId?.uuidString),
            ("budgetPlannedCents", details.budgetPlannedCents), ("budgetSpentCents", details.budgetSpentCents),
        ]
    }

    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try MessageCoding.encode(value), as: UTF8.self)
    }
}
