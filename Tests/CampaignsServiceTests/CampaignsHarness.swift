import CampaignsService
import Foundation
import GRDB
import KomunikaTesting
import MessageSchema
import ServiceKit
import Store
import XCTest

/// A real campaigns database in a temporary folder, the command handler on
/// top of it, and the reactions to other services' messages
/// (KomunikaTesting's `CommandHarness`: `receive` applies them), with what
/// only campaigns' tests ask.
typealias CampaignsHarness = CommandHarness<CampaignsCommandHandler>

extension CommandHarness where Handler == CampaignsCommandHandler {
    convenience init() throws {
        try self.init(.campaigns, schema: CampaignsSchema.register(in:), reactions: CampaignsReactions.make()) {
            database, _, onCommit in
            CampaignsCommandHandler(database: database, onCommit: onCommit)
        }
    }

    /// One value of plain SQL, as an operator would query the file.
    func value<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> T? {
        try database.writer.read { db in try T.fetchOne(db, sql: sql, arguments: arguments) }
    }

    /// One text of plain SQL.
    func text(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> String? {
        try value(sql, arguments)
    }

    func status(ofCampaign id: UUID) throws -> String? {
        try text("SELECT status FROM campaigns WHERE id = ?", [id.uuidString])
    }

    func status(ofSubmission id: UUID) throws -> String? {
        try text("SELECT status FROM submissions WHERE id = ?", [id.uuidString])
    }

    /// The KPIs of the last `CampaignKPIsUpdated` about the campaign, zero when none was published.
    /// Read at once, like the reactions `receive` applies.
    func publishedKPIs(_ campaignId: UUID) throws -> CampaignKPIs {
        let outbox = try database.writer.read { db in
            try Outbox.envelopes(from: 1, limit: 100_000, source: ServiceName.campaigns.rawValue, in: db)
        }
        let updates = try outbox.filter { $0.type == CampaignKPIsUpdated.type }
            .map { try $0.decodePayload(CampaignKPIsUpdated.self) }
            .filter { $0.campaignId == campaignId }
        return updates.last?.kpis ?? CampaignKPIs()
    }

    /// A campaign in `status`, moved there through the lifecycle.
    @discardableResult
    func campaign(
        in status: CampaignStatus = .draft, _ details: CampaignDetails = Sample.campaign(), eventIds: [UUID] = []
    )
        async throws -> UUID
    {
        let id = UUID()
        try await expectSuccess(CreateCampaign(campaignId: id, details: details, eventIds: eventIds))
        let path: [CampaignStatus] =
            switch status {
            case .draft: []
            case .approved: [.approved]
            case .running: [.approved, .running]
            case .completed: [.approved, .running, .completed]
            case .cancelled: [.cancelled]
            }
        for next in path { try await expectSuccess(TransitionCampaign(campaignId: id, to: next)) }
        return id
    }

    /// A submission moved to `status` through review and the calendar.
    func submission(in status: SubmissionStatus) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(SubmitContent(submissionId: id, content: Sample.content()))
        switch status {
        case .submitted: break
        case .changesRequested:
            try await expectSuccess(ReviewSubmission(submissionId: id, decision: .requestChanges, comment: "Trumpiau"))
        case .rejected:
            try await expectSuccess(ReviewSubmission(submissionId: id, decision: .reject, comment: "Ne mūsų tema"))
        case .approved, .scheduled, .published:
            try await expectSuccess(ReviewSubmission(submissionId: id, decision: .approve))
            if status != .approved {
                try await expectSuccess(ScheduleSubmission(submissionId: id, date: "2026-12-03", channel: .websiteNews))
            }
            if status == .published { try await expectSuccess(PublishSubmission(submissionId: id)) }
        }
        return id
    }
}

/// Sample values for tests.
enum Sample {
    static func campaign(
        _ name: String = "Žiemos skaitymai", starts: String = "2026-12-01", ends: String = "2027-01-31",
        plannedCents: Int = 150_000, spentCents: Int = 0, surveyIds: [UUID] = [], objectiveId: UUID? = nil
    ) -> CampaignDetails {
        CampaignDetails(
            nameLt: name, nameEn: "Winter reading", goal: "Pritraukti naujų skaitytojų", audience: "Jaunimas",
            startsOn: starts, endsOn: ends, budgetPlannedCents: plannedCents, budgetSpentCents: spentCents,
            channels: [.socialMedia, .press], partners: ["Lietuvos radijas ir televizija"], surveyIds: surveyIds,
            objectiveId: objectiveId)
    }

    static func content(title: String = "Naujos knygos fonde") -> SubmissionContent {
        SubmissionContent(
            unit: "Retų spaudinių skyrius", title: title, text: "Kviečiame susipažinti su naujais leidiniais.",
            wishedChannel: .websiteNews, wishedDate: "2026-12-02")
    }

    static func attendee(_ name: String) -> Attendee {
        Attendee(name: name, email: "\(name.lowercased())@example.lt")
    }
}

/// A test case that gives each test its own database and removes it after.
class CampaignsTestCase: XCTestCase {
    func makeHarness() throws -> CampaignsHarness { removedAfterTest(try CampaignsHarness()) }
}
