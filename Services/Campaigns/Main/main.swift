import CampaignsService
import Foundation
import MessageSchema
import ServiceKit

// komunika-campaigns: campaigns and their KPIs, marketing plans, other
// units' submissions and the content calendar.
do {
    let runtime = try ServiceRuntime(service: .campaigns, migrations: CampaignsSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = CampaignsCommandHandler(database: runtime.database, source: ServiceName.campaigns.rawValue) {
        relay.notify()
    }
    let consumer = try runtime.makeConsumer(
        sources: CampaignsReactions.sources, applier: CampaignsReactions.make(), onCommit: { relay.notify() })
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: consumer)
    try await runtime.run([relay, consumer, router])
} catch {
    FileHandleOutput.standardError("komunika-campaigns: \(error)\n")
    exit(1)
}
