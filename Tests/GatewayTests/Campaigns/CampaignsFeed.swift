import Foundation
import GRDB
import MessageSchema
import Store

@testable import Gateway
@testable import GatewayKit
@testable import GatewayCampaigns

/// Feeds a real read model with envelopes as the campaigns service would
/// publish them, through the whole `GatewayReadModel`.
final class CampaignsFeed {
    let database: ServiceDatabase
    private(set) var seq: Int64 = 0

    init(_ database: ServiceDatabase) {
        self.database = database
    }

    func envelope<M: Message>(_ message: M, at date: Date = Date()) throws -> Envelope {
        seq += 1
        return Envelope(
            type: M.type, version: M.version, source: "campaigns", seq: seq, occurredAt: date, payload: try .from(message))
    }

    /// Applies `message` in its own transaction, as the consumer does.
    func apply<M: Message>(_ message: M, at date: Date = Date()) throws {
        let envelope = try envelope(message, at: date)
        try database.writer.write { db in try GatewayReadModel.all.apply(envelope, in: db) }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writer.read(body)
    }

    func campaign(_ id: UUID) throws -> CampaignRecord? {
        try read { try CampaignsQueries.campaign(id: id, in: $0) }
    }
}

/// Sample campaigns values.
enum CampaignSample {
    static func details(
        _ name: String = "Žiemos skaitymai", starts: String = "2026-12-01", ends: String = "2027-01-31",
        plannedCents: Int = 150_000, spentCents: Int = 0, objectiveId: UUID? = nil, goal: String = "Pritraukti jaunimą"
    ) -> CampaignDetails {
        CampaignDetails(
            nameLt: name, nameEn: "Winter reading", goal: goal, audience: "Studentai", startsOn: starts, endsOn: ends,
            budgetPlannedCents: plannedCents, budgetSpentCents: spentCents, channels: [.socialMedia, .press],
            partners: ["Vilniaus universitetas"], objectiveId: objectiveId)
    }

    static func content(_ title: String = "Retų knygų paroda", date: String = "2026-12-02") -> SubmissionContent {
        SubmissionContent(unit: "Retų spaudinių skyrius", title: title, text: "Tekstas.", wishedChannel: .websiteNews, wishedDate: date)
    }
}
