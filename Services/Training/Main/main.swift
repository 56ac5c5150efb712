import Foundation
import MessageSchema
import ServiceKit
import TrainingService

// komunika-training: courses for Lithuania's library staff, their sessions,
// enrolments with a waiting list, attendance and certificates.
do {
    let runtime = try ServiceRuntime(service: .training, migrations: TrainingSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = TrainingCommandHandler(database: runtime.database, source: ServiceName.training.rawValue) {
        relay.notify()
    }
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: nil)
    try await runtime.run([relay, router])
} catch {
    FileHandleOutput.standardError("komunika-training: \(error)\n")
    exit(1)
}
