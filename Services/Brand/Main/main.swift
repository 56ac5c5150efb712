import BrandService
import FileStore
import Foundation
import MessageSchema
import ServiceKit

// komunika-brand: brand assets and their files, approvals, usage rights and
// their expiry, photo and video archives, publications.
//
// KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS (default 30): how many days before a
// licence or consent runs out its warning is published.
// KOMUNIKA_BRAND_FILES_DIR (default $KOMUNIKA_DATA_DIR/brand-files): the file
// store, content-addressed; the gateway must name the same folder.
do {
    let environment = ProcessInfo.processInfo.environment
    let warningDays = try BrandCommandHandler.warningDays(from: environment)
    let runtime = try ServiceRuntime(service: .brand, environment: environment, migrations: BrandSchema.register(in:))
    let relay = try runtime.makeRelay()
    let commands = BrandCommandHandler(
        database: runtime.database,
        files: ContentStore(
            folder: ContentStore.folder(environment: environment, dataDirectory: runtime.config.dataDirectory)),
        warningDays: warningDays, source: ServiceName.brand.rawValue
    ) {
        relay.notify()
    }
    let consumer = try runtime.makeConsumer(sources: [.events], applier: BrandReactions.make()) { relay.notify() }
    let router = try runtime.makeRouter(commands: commands, relay: relay, consumer: consumer)
    let schedule = ExpirySchedule(commands: commands, logger: runtime.logger)
    try await runtime.run([relay, consumer, router, schedule])
} catch {
    FileHandleOutput.standardError("komunika-brand: \(error)\n")
    exit(1)
}
