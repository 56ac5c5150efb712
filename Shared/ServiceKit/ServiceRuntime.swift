import Bus
import Foundation
import GRDB
import Logging
import MessageSchema
import ServiceLifecycle
import Store

/// What every service's `main` needs: its configuration, logging, ZeroMQ
/// context and database, and the pieces it runs in one `ServiceGroup` that
/// stops gracefully on SIGTERM and SIGINT.
public final class ServiceRuntime: Sendable {
    public let config: ServiceConfig
    public let logger: Logger
    public let context: ZMQContext
    public let database: ServiceDatabase
    /// This service's CURVE keys and the keys it admits.
    public let security: BusSecurity
    private let zap: ZAPHandler

    public init(
        service: ServiceName, environment: [String: String] = ProcessInfo.processInfo.environment,
        migrations: (inout DatabaseMigrator) -> Void
    ) throws {
        config = ServiceConfig(service: service, environment: environment)
        ServiceLogging.bootstrap(level: config.logLevel)
        ServiceMetrics.bootstrap()
        var logger = Logger(label: service.executable)
        logger[metadataKey: "service"] = "\(service.rawValue)"
        self.logger = logger
        context = ZMQContext()
        let keys = try BusKeyring(environment: environment, dataDirectory: config.dataDirectory)
        security = try BusSecurity(keyring: keys, name: service.rawValue)
        zap = try security.startZAPHandler(in: context)
        database = try ServiceDatabase(path: config.databasePath, migrations: migrations)
    }

    /// Binds the service's PUB socket and returns the relay that feeds it from the outbox.
    public func makeRelay() throws -> OutboxRelay {
        let publisher = try Publisher(
            context: context, bind: config.topology[config.service].publishBind, options: security.serverOptions)
        return OutboxRelay(source: config.service.rawValue, database: database, publisher: publisher, logger: logger)
    }

    /// A consumer of `sources`. `onCommit` runs after each applied batch: a
    /// service whose applier appends to its outbox passes `relay.notify`.
    public func makeConsumer(
        sources: [ServiceName], applier: any MessageApplier, waiter: AppliedSeqWaiter = AppliedSeqWaiter(),
        onCommit: @escaping @Sendable () -> Void = {}
    ) throws -> Consumer {
        try Consumer(
            sources: sources, context: context, topology: config.topology, database: database, applier: applier,
            waiter: waiter, logger: logger, clientOptions: security.clientOptions(to:), onCommit: onCommit)
    }

    /// Sends commands to `services`' ROUTERs.
    public func makeCommandClient(services: [ServiceName]) throws -> CommandClient {
        try CommandClient(
            context: context, topology: config.topology, services: services, clientOptions: security.clientOptions(to:))
    }

    /// Binds the service's ROUTER socket for commands and control.
    /// `people`: what the service keeps on people, for `people-export` and `people-erase`.
    public func makeRouter(
        commands: (any CommandHandler)?, relay: OutboxRelay?, consumer: Consumer?, people: (any PersonalDataHolder)? = nil
    ) throws -> ServiceRouter {
        try makeRouter(commands: commands, control: makeControlHandler(relay: relay, consumer: consumer, people: people))
    }

    /// What answers this service's control requests; the gateway also asks
    /// its own for the operations page, so it makes it once and hands it to both.
    public func makeControlHandler(
        relay: OutboxRelay?, consumer: Consumer?, people: (any PersonalDataHolder)? = nil
    ) -> ControlHandler {
        ControlHandler(
            service: config.service, database: database, relay: relay, consumer: consumer,
            people: people.map { makeEraser($0, relay: relay) },
            backups: BackupFolder(environment: config.environment, dataDirectory: config.dataDirectory),
            outboxRetentionDays: OutboxPruner.retentionDays(from: config.environment))
    }

    /// Exports and erases what `holder` keeps on people; a service with a
    /// relay announces each erasure (`PersonErased`), the gateway does not.
    public func makeEraser(_ holder: any PersonalDataHolder, relay: OutboxRelay?) -> PersonalDataEraser {
        PersonalDataEraser(
            source: config.service.rawValue, database: database, holder: holder, publishes: relay != nil,
            onCommit: { relay?.notify() })
    }

    /// Erases, every day, what `holder` kept longer than `KOMUNIKA_RETENTION_MONTHS` (default 12).
    public func makeRetention(_ holder: any PersonalDataHolder, relay: OutboxRelay?) -> PersonalDataRetention {
        PersonalDataRetention(
            eraser: makeEraser(holder, relay: relay), months: PersonalDataRetention.months(from: config.environment),
            logger: logger)
    }

    /// Binds the service's ROUTER socket for commands and the control requests `control` answers.
    public func makeRouter(commands: (any CommandHandler)?, control: ControlHandler) throws -> ServiceRouter {
        try ServiceRouter(
            context: context, bind: config.topology[config.service].routerBind, commands: commands, control: control,
            logger: logger, options: security.serverOptions)
    }

    /// Runs `services` until SIGTERM or SIGINT, then runs `cleanup` (to close
    /// sockets the services do not own) and terminates the ZeroMQ context.
    public func run(_ services: [any Service], cleanup: () -> Void = {}) async throws {
        let expiry = IdempotencyKeyExpiry(
            database: database, retention: IdempotencyKeyExpiry.retention(from: config.environment), logger: logger)
        let pruner = OutboxPruner(database: database, environment: config.environment, logger: logger)
        let group = ServiceGroup(
            configuration: .init(
                services: (services + [expiry, pruner]).map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        logger.info("\(config.service.executable) started, data in \(config.databasePath)")
        try await group.run()
        cleanup()
        zap.close()
        context.terminate()
        logger.info("\(config.service.executable) stopped")
    }
}
