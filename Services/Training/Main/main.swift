import Foundation
import MessageSchema
import ServiceKit
import TrainingService

// komunika-training: courses for Lithuania's library staff, their sessions,
// enrolments with a waiting list, attendance and certificates. Consumes the
// surveys service to learn each completed session's feedback survey.
do {
    let runtime = try ServiceRuntime(service: .training, migrations: TrainingSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = TrainingCommandHandler(database: runtime.database, source: ServiceName.training.rawValue) {
        relay.notify()
    }
    let consumer = try runtime.makeConsumer(sources: [.surveys], applier: TrainingReactions.make()) { relay.notify() }
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: consumer, people: TrainingPeople())
    try await runtime.run([relay, consumer, router, runtime.makeRetention(TrainingPeople(), relay: relay)])
} catch {
    FileHandleOutput.standardError("komunika-training: \(error)\n")
    exit(1)
}
