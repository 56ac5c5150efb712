import Foundation
import MessageSchema
import ServiceKit
import SurveysService

// komunika-surveys: surveys and polls, their questions, responses and
// headline results; opens feedback surveys for events held and training
// sessions completed.
//
// KOMUNIKA_SURVEYS_SOURCES (default "events,training"): the services whose
// messages it reacts to.
do {
    let runtime = try ServiceRuntime(service: .surveys, migrations: SurveysSchema.register(in:))
    let sources = try SurveysReactions.sources(
        from: ProcessInfo.processInfo.environment["KOMUNIKA_SURVEYS_SOURCES"])
    let relay = try runtime.makeRelay()
    let commands = SurveysCommandHandler(database: runtime.database, source: ServiceName.surveys.rawValue) {
        relay.notify()
    }
    let consumer = try runtime.makeConsumer(
        sources: sources, applier: SurveysReactions.make(), onCommit: { relay.notify() })
    let closer = SurveyCloser(database: runtime.database, logger: runtime.logger) { relay.notify() }
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: consumer, people: SurveysPeople())
    try await runtime.run([relay, consumer, closer, router, runtime.makeRetention(SurveysPeople(), relay: relay)])
} catch {
    FileHandleOutput.standardError("komunika-surveys: \(error)\n")
    exit(1)
}
