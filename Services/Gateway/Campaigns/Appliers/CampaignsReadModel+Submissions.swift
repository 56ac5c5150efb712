import Foundation
import GRDB
import GatewayKit
import MessageSchema

// Messages about the marketing plans' objectives and other units' submissions.
// Each row's `updatedSeq` is the last message that wrote it: an older one
// (a dead letter retried late) is refused (`Change.requireNotNewer`).

extension CampaignsReadModel {
    func objectiveAdded(_ message: MarketingObjectiveAdded, _ change: Change) throws {
        let objective = message.objective
        try change.requireNotNewer("marketingObjectives", id: objective.id, row: "marketing objective")
        try change.db.execute(
            sql: """
                INSERT INTO marketingObjectives (id, year, title, titleSortKey, description, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET year = excluded.year, title = excluded.title,
                    titleSortKey = excluded.titleSortKey, description = excluded.description,
                    updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                objective.id.uuidString, objective.year, objective.title, LithuanianOrder.sortKey(objective.title),
                objective.description, change.seq,
            ])
    }

    func received(_ message: SubmissionReceived, _ change: Change) throws {
        let content = message.content
        if message.resubmitted {
            try updateSubmission(
                message.submissionId,
                [
                    ("status", SubmissionStatus.submitted.rawValue), ("unit", content.unit), ("title", content.title),
                    ("text", content.text), ("wishedChannel", content.wishedChannel.rawValue),
                    ("wishedDate", content.wishedDate),
                ], extra: "resubmissions = resubmissions + 1", change)
            return
        }
        try change.requireNotNewer("campaignSubmissions", id: message.submissionId, row: "submission")
        try change.db.execute(
            sql: """
                INSERT INTO campaignSubmissions
                    (id, status, unit, title, text, wishedChannel, wishedDate, createdAt, updatedSeq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET status = excluded.status, unit = excluded.unit, title = excluded.title,
                    text = excluded.text, wishedChannel = excluded.wishedChannel, wishedDate = excluded.wishedDate,
                    updatedSeq = excluded.updatedSeq
                """,
            arguments: [
                message.submissionId.uuidString, SubmissionStatus.submitted.rawValue, content.unit, content.title,
                content.text, content.wishedChannel.rawValue, content.wishedDate, change.occurredAt, change.seq,
            ])
        if let actor = change.envelope.actor {
            try SubmissionFilers.record(
                message.submissionId, accountId: actor.accountId, name: actor.name, at: change.envelope.occurredAt, in: change.db)
        }
    }

    /// The review, with who reviewed (the envelope's actor) and when.
    func reviewed(_ message: SubmissionReviewed, _ change: Change) throws {
        var columns: [(String, (any DatabaseValueConvertible)?)] = [
            ("status", message.decision.status.rawValue), ("reviewComment", message.comment),
            ("reviewedAt", change.occurredAt),
        ]
        columns += SubmissionRecord.reviewedBy.values(change.actor)
        try updateSubmission(message.submissionId, columns, change)
    }

    func scheduled(_ message: SubmissionScheduled, _ change: Change) throws {
        try updateSubmission(
            message.submissionId,
            [
                ("status", SubmissionStatus.scheduled.rawValue), ("scheduledOn", message.date),
                ("scheduledChannel", message.channel.rawValue),
            ], change)
    }

    func published(_ message: SubmissionPublished, _ change: Change) throws {
        try updateSubmission(
            message.submissionId,
            [("status", SubmissionStatus.published.rawValue), ("publishedAt", message.publishedAt)], change)
    }

    private func updateSubmission(
        _ id: UUID, _ columns: [(String, (any DatabaseValueConvertible)?)], extra: String? = nil, _ change: Change
    ) throws {
        try change.requireNotNewer("campaignSubmissions", id: id, row: "submission")
        let all = columns + [("updatedSeq", change.seq)]
        let assignments = all.map { "\($0.0) = ?" } + (extra.map { [$0] } ?? [])
        try change.db.execute(
            sql: "UPDATE campaignSubmissions SET \(assignments.joined(separator: ", ")) WHERE id = ?",
            arguments: StatementArguments(all.map(\.1) + [id.uuidString]))
        if change.db.changesCount == 0 {
            throw CampaignsReadModelError.unknownSubmission(id, messageType: change.type)
        }
    }
}
