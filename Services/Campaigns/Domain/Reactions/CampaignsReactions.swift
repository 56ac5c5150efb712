import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the campaigns service keeps of other services' messages, and how
/// that moves the KPIs of the campaigns concerned. Registrations are
/// counted for every event, linked yet or not, so an event linked later
/// brings its earlier registrations along.
public enum CampaignsReactions {
    /// The services whose messages the campaigns service consumes.
    public static let sources: [ServiceName] = [.events, .mediaRelations, .surveys]

    /// A name in `KOMUNIKA_CAMPAIGNS_SOURCES` that is not one of `sources`.
    public struct UnknownSource: Error, CustomStringConvertible {
        public let name: String
        public var description: String {
            "KOMUNIKA_CAMPAIGNS_SOURCES names '\(name)', which is not one of \(sources.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// The sources to consume from a comma-separated list (`events,surveys`),
    /// every one of `sources` when `text` is `nil`: a deployment without
    /// some service leaves it out, so the consumer does not keep waiting on it.
    public static func sources(from text: String?) throws -> [ServiceName] {
        guard let text else { return sources }
        return try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let service = ServiceName(rawValue: name), sources.contains(service) else { throw UnknownSource(name: name) }
            return service
        }
    }

    /// The reactions, publishing as `source`.
    public static func make(source: String = ServiceName.campaigns.rawValue) -> MessageReactions {
        MessageReactions()
            .guarding("mentions", seqColumn: "writtenSeq", from: .mediaRelations)
            .guarding("surveyResults", seqColumn: "updatedSeq", from: .surveys)
            .on(RegistrationAccepted.self, from: .events) { message, envelope, db in
                try count(message.eventId, accepted: 1, waitlisted: 0, db)
                try refresh(campaignsOfEvent(message.eventId, db), after: envelope, source: source, db)
            }
            .on(RegistrationWaitlisted.self, from: .events) { message, envelope, db in
                try count(message.eventId, accepted: 0, waitlisted: 1, db)
                try refresh(campaignsOfEvent(message.eventId, db), after: envelope, source: source, db)
            }
            .on(RegistrationPromoted.self, from: .events) { message, envelope, db in
                try count(message.eventId, accepted: 1, waitlisted: -1, db)
                try refresh(campaignsOfEvent(message.eventId, db), after: envelope, source: source, db)
            }
            .on(RegistrationCancelled.self, from: .events) { message, envelope, db in
                switch message.previousStatus {
                case .accepted: try count(message.eventId, accepted: -1, waitlisted: 0, db)
                case .waitlisted: try count(message.eventId, accepted: 0, waitlisted: -1, db)
                case .cancelled: return
                }
                try refresh(campaignsOfEvent(message.eventId, db), after: envelope, source: source, db)
            }
            .on(MentionRecorded.self, from: .mediaRelations) { message, envelope, db in
                let before = try campaignsOfMention(message.mentionId, db)
                try RowSeq.upsert(
                    "mentions", id: message.mentionId.uuidString,
                    [
                        ("eventId", message.eventId?.uuidString), ("campaignId", message.campaignId?.uuidString),
                        ("reach", max(0, message.reach)),
                    ], seqColumn: "writtenSeq", from: envelope, row: "mention \(message.mentionId.uuidString)", in: db)
                let after = try campaignsOfMention(message.mentionId, db)
                try refresh(before + after, after: envelope, source: source, db)
            }
            .on(MentionCorrected.self, from: .mediaRelations) { message, envelope, db in
                // Only the reach is summed into KPIs; a mention never recorded here has nothing to move.
                try RowSeq.requireNotNewer(
                    "mentions", id: message.mentionId.uuidString, seqColumn: "writtenSeq", than: envelope,
                    row: "mention \(message.mentionId.uuidString)", in: db)
                try db.execute(
                    sql: "UPDATE mentions SET reach = ?, writtenSeq = ? WHERE id = ?",
                    arguments: [max(0, message.reach), envelope.seq, message.mentionId.uuidString])
                guard db.changesCount > 0 else { return }
                try refresh(campaignsOfMention(message.mentionId, db), after: envelope, source: source, db)
            }
            .on(SurveyResultsUpdated.self, from: .surveys) { message, envelope, db in
                let before = try campaignsOfSurvey(message.surveyId, db)
                try RowSeq.upsert(
                    "surveyResults", key: "surveyId", id: message.surveyId.uuidString,
                    [
                        ("eventId", message.eventId?.uuidString), ("campaignId", message.campaignId?.uuidString),
                        ("responses", max(0, message.responses)), ("nps", message.nps),
                        ("satisfaction", message.satisfaction),
                    ], seqColumn: "updatedSeq", from: envelope, row: "the results of survey \(message.surveyId.uuidString)",
                    in: db)
                let after = try campaignsOfSurvey(message.surveyId, db)
                try refresh(before + after, after: envelope, source: source, db)
            }
    }

    /// Adds to the event's counters, never below zero.
    private static func count(_ eventId: UUID, accepted: Int, waitlisted: Int, _ db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO eventRegistrationCounts (eventId, accepted, waitlisted) VALUES (?, MAX(0, ?), MAX(0, ?))
                ON CONFLICT(eventId) DO UPDATE SET
                    accepted = MAX(0, accepted + ?), waitlisted = MAX(0, waitlisted + ?)
                """,
            arguments: [eventId.uuidString, accepted, waitlisted, accepted, waitlisted])
    }

    private static func campaignsOfEvent(_ eventId: UUID, _ db: Database) throws -> [UUID] {
        try ids(db, "SELECT campaignId FROM campaignEvents WHERE eventId = ?", [eventId.uuidString])
    }

    /// Campaigns the mention counts for now: its campaign, and those its event is linked to.
    private static func campaignsOfMention(_ mentionId: UUID, _ db: Database) throws -> [UUID] {
        try ids(
            db,
            """
            SELECT campaignId FROM mentions WHERE id = ? AND campaignId IS NOT NULL
            UNION SELECT ce.campaignId FROM mentions m JOIN campaignEvents ce ON ce.eventId = m.eventId WHERE m.id = ?
            """, [mentionId.uuidString, mentionId.uuidString])
    }

    /// Campaigns the survey counts for now: its campaign, those that list
    /// it, and those its event is linked to.
    private static func campaignsOfSurvey(_ surveyId: UUID, _ db: Database) throws -> [UUID] {
        let id = surveyId.uuidString
        return try ids(
            db,
            """
            SELECT campaignId FROM surveyResults WHERE surveyId = ? AND campaignId IS NOT NULL
            UNION SELECT campaignId FROM campaignSurveys WHERE surveyId = ?
            UNION SELECT ce.campaignId FROM surveyResults s JOIN campaignEvents ce ON ce.eventId = s.eventId
                WHERE s.surveyId = ?
            """, [id, id, id])
    }

    private static func ids(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [UUID] {
        try String.fetchAll(db, sql: sql, arguments: arguments).compactMap(UUID.init(uuidString:))
    }

    private static func refresh(_ campaignIds: [UUID], after envelope: Envelope, source: String, _ db: Database) throws {
        guard !campaignIds.isEmpty else { return }
        try KPIRefresh(change: CampaignsChange(reactingTo: envelope, db: db, source: source)).refresh(campaignIds)
    }
}
