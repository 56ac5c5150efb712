import Foundation
import MailService
import MessageSchema
import ServiceKit
import SignedLinks

// komunika-mail: tells people by e-mail what the other services did
// (registrations, enrolments, certificates, press releases, survey
// invitations; alerts to staff), one mail per recipient, each sent once; see MailSettings
// for its environment.
do {
    let runtime = try ServiceRuntime(service: .mail, migrations: MailSchema.register(in:))
    let settings = MailSettings(environment: runtime.config.environment)
    let context = MailContext(
        composer: MailComposer(templates: try MailTemplates(), from: settings.from), publicURL: settings.publicURL,
        linkSecret: try LinkSecret.load(environment: runtime.config.environment, dataDirectory: runtime.config.dataDirectory),
        staff: settings.staff)
    if settings.staff.isEmpty {
        runtime.logger.warning(
            "KOMUNIKA_STAFF_MAIL is not set: no alerts to staff (event full, licence or consent expiring, submission reviewed)")
    } else {
        runtime.logger.info("alerts to staff go to \(settings.staff.map(\.address).joined(separator: ", "))")
    }
    let relay = try runtime.makeRelay()
    let transport = settings.transport(dataDirectory: runtime.config.dataDirectory)
    let sender = MailSender(
        database: runtime.database, transport: transport,
        sender: settings.from.address, backoff: settings.backoff, logger: runtime.logger, onCommit: { relay.notify() },
        staffAlerts: !settings.staff.isEmpty)
    let consumer = try runtime.makeConsumer(sources: MailReactions.sources, applier: MailReactions.make(context)) {
        sender.notify()
    }
    let router = try runtime.makeRouter(
        commands: nil, relay: relay, consumer: consumer, people: MailPeople(mailFolder: transport.folder.map { URL(fileURLWithPath: $0) }))
    try await runtime.run([relay, consumer, sender, router])
} catch {
    FileHandleOutput.standardError("komunika-mail: \(error)\n")
    exit(1)
}
