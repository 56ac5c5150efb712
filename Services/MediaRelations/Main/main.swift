import Foundation
import MediaRelationsService
import MessageSchema
import ServiceKit

// komunika-media-relations: contacts and lists, press releases, journalists'
// visits, media mentions; drafts the press release of each press conference
// the events service schedules.
do {
    let runtime = try ServiceRuntime(service: .mediaRelations, migrations: MediaRelationsSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = MediaRelationsCommandHandler(database: runtime.database) { relay.notify() }
    let consumer = try runtime.makeConsumer(
        sources: [.events], applier: MediaRelationsReactions.make(), onCommit: { relay.notify() })
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: consumer, people: MediaRelationsPeople())
    try await runtime.run([relay, consumer, router])
} catch {
    FileHandleOutput.standardError("komunika-media-relations: \(error)\n")
    exit(1)
}
