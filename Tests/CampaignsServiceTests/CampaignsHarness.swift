import CampaignsService
import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store
import XCTest

/// A real campaigns database in a temporary folder, the command handler on
/// top of it, and the reactions to other services' messages.
final class CampaignsHarness: @unchecked Sendable {
    let folder: URL
    let database: ServiceDatabase
    let handler: CampaignsCommandHandler
    let reactions = CampaignsReactions.make()
    private var seqs: [String: Int64] = [:]

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-campaigns-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("campaigns.sqlite").path) { migrator in
            CampaignsSchema.register(in: &migrator)
        }
        handler = CampaignsCommandHandler(database: database) {}
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    func send<C: Command>(_ command: C, key: String = UUID().uuidString) async throws -> CommandReply {
        await handler.handle(try CommandRequest(command, idempotencyKey: key))
    }

    /// Sends `command`, fails the test unless it succeeds, and returns its result.
    @discardableResult
    func expectSuccess<C: Command>(_ command: C, file: StaticString = #filePath, line: UInt = #line) async throws -> C.Result {
        let reply = try await send(command)
        guard reply.ok, let result = reply.result else {
            XCTFail("\(C.name) was refused: \(reply.failure?.description ?? "no result")", file: file, line: line)
            throw HarnessError.refused
        }
        return try result.decode(as: C.Result.self)
    }

    /// Sends `command`, fails the test unless it is refused, and returns why.
    func expectRefusal<C: Command>(_ command: C, file: StaticString = #filePath, line: UInt = #line) async throws -> CommandFailure {
        let reply = try await send(command)
        guard !reply.ok, let failure = reply.failure else {
            XCTFail("\(C.name) was accepted but should have been refused", file: file, line: line)
            throw HarnessError.accepted
        }
        return failure
    }

    /// Applies `message` from `source` as the consumer does: in one write
    /// transaction, with the next `seq` of that source.
    func receive<M: Message>(_ message: M, from source: ServiceName) throws {
        let seq = (seqs[source.rawValue] ?? 0) + 1
        seqs[source.rawValue] = seq
        let envelope = Envelope(
            type: M.type, version: M.version, source: source.rawValue, seq: seq, occurredAt: Date(),
            payload: try .from(message))
        try database.writer.write { db in try self.reactions.apply(envelope, in: db) }
    }

    func outbox() throws -> [Envelope] {
        try database.writer.read { db in try Outbox.envelopes(from: 1, limit: 100_000, source: "campaigns", in: db) }
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
    func publishedKPIs(_ campaignId: UUID) throws -> CampaignKPIs {
        let updates = try outbox().filter { $0.type == CampaignKPIsUpdated.type }
            .map { try $0.decodePayload(CampaignKPIsUpdated.self) }
            .filter { $0.campaignId == campaignId }
        return updates.last?.kpis ?? CampaignKPIs()
    }

    /// A campaign in `status`, moved there through the lifecycle.
    @discardableResult
    func campaign(in status: CampaignStatus = .draft, _ details: CampaignDetails = Sample.campaign(), eventIds: [UUID] = [])
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

enum HarnessError: Error {
    case refused, accepted
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
    func makeHarness() throws -> CampaignsHarness {
        let harness = try CampaignsHarness()
        addTeardownBlock { harness.remove() }
        return harness
    }
}
