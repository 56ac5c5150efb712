import CampaignsService
import Foundation
import MessageSchema
import ServiceKit

// komunika-campaigns: campaigns and their KPIs, marketing plans, other
// units' submissions and the content calendar.
//
// KOMUNIKA_CAMPAIGNS_SOURCES (default: events,media-relations,surveys): the
// services whose messages make the KPIs.
do {
    let runtime = try ServiceRuntime(service: .campaigns, migrations: CampaignsSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = CampaignsCommandHandler(database: runtime.database, source: ServiceName.campaigns.rawValue) {
        relay.notify()
    }
    let sources = try CampaignsReactions.sources(from: ProcessInfo.processInfo.environment["KOMUNIKA_CAMPAIGNS_SOURCES"])
    let consumer = try runtime.makeConsumer(
        sources: sources, applier: CampaignsReactions.make(), onCommit: { relay.notify() })
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: consumer)
    try await runtime.run([relay, consumer, router])
} catch {
    FileHandleOutput.standardError("komunika-campaigns: \(error)\n")
    exit(1)
}
