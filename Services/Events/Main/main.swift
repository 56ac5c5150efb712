import EventsService
import Foundation
import MessageSchema
import ServiceKit

// komunika-events: annual event plans, events, registrations and attendance.
do {
    let runtime = try ServiceRuntime(service: .events, migrations: EventsSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = EventsCommandHandler(database: runtime.database, source: ServiceName.events.rawValue) {
        relay.notify()
    }
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: nil, people: EventsPeople())
    try await runtime.run([relay, router, runtime.makeRetention(EventsPeople(), relay: relay)])
} catch {
    FileHandleOutput.standardError("komunika-events: \(error)\n")
    exit(1)
}
