import Foundation
import Logging
import MessageSchema
import Store

/// Answers the operator's and other services' control requests for one service.
public final class ControlHandler: Sendable {
    private let service: ServiceName
    private let database: ServiceDatabase
    private let relay: OutboxRelay?
    private let consumer: Consumer?
    /// Exports and erases people's data; `nil` for a service that keeps no one's address.
    private let people: PersonalDataEraser?
    /// Where backups go; `nil`: this handler writes none.
    private let backups: BackupFolder?
    /// How long the outbox keeps a message every consumer is past (`prune`).
    private let outboxRetentionDays: Int
    private let startedAt = ContinuousClock.now

    public init(
        service: ServiceName, database: ServiceDatabase, relay: OutboxRelay?, consumer: Consumer?,
        people: PersonalDataEraser? = nil, backups: BackupFolder? = nil,
        outboxRetentionDays: Int = OutboxPruner.defaultRetentionDays
    ) {
        self.service = service
        self.outboxRetentionDays = outboxRetentionDays
        self.backups = backups
        self.people = people
        self.database = database
        self.relay = relay
        self.consumer = consumer
    }

    /// Answers `request` from `caller`, whom the ZAP handler vouched for
    /// (`nil`: asked in-process, as the gateway asks its own).
    public func handle(_ request: ControlRequest, from caller: BusIdentity? = nil) async -> ControlReply {
        do {
            switch request.operation {
            case .status, .health:
                return ControlReply(status: try await status())
            case .fetch:
                let from = max(request.from ?? 1, 1)
                let limit = min(max(request.limit ?? 500, 1), 1_000)
                let (messages, latest, pruned) = try await database.writer.read { db in
                    let pruned = try OutboxPruning.prunedThrough(db)
                    return (
                        from <= pruned
                            ? []
                            : try Outbox.envelopes(
                                from: from, limit: limit, source: self.service.rawValue, epoch: self.database.epoch, in: db),
                        try Outbox.latestSeq(db), pruned
                    )
                }
                guard from > pruned else { return refusedFetch(from: from, pruned: pruned, latest: latest) }
                return ControlReply(messages: messages, count: latest, epoch: database.epoch, sharedSeq: database.sharedSeq)
            case .prune:
                let pruned = try await OutboxPruner.prune(database, retentionDays: outboxRetentionDays)
                var reply = ControlReply(count: Int64(pruned.deleted))
                reply.prunedThrough = pruned.through
                return reply
            case .keepFrom:
                guard let caller else { return .failed("keep-from names its consumer by its bus key; this one came with none") }
                guard let from = request.from, let epoch = request.epoch else { return .failed("keep-from needs `from` and `epoch`") }
                let pruned = try await database.writer.write { db in
                    try OutboxPruning.report(consumer: caller.name, epoch: epoch, keepFrom: from, in: db)
                    return try OutboxPruning.prunedThrough(db)
                }
                var reply = ControlReply()
                reply.prunedThrough = pruned
                return reply
            case .republish:
                guard let relay else { return .failed("\(service.rawValue) publishes no messages") }
                let from = max(request.from ?? 1, 1)
                relay.republish(from: from)
                let latest = try await database.writer.read { try Outbox.latestSeq($0) }
                return ControlReply(count: max(0, latest - from + 1))
            case .pause:
                await consumer?.pause()
                return ControlReply(status: try await status())
            case .resume:
                await consumer?.resume()
                return ControlReply(status: try await status())
            case .backup:
                guard let path = request.path, !path.isEmpty else { return .failed("a backup needs a file path") }
                guard let backups else { return .failed("\(service.rawValue) has no backup folder") }
                let file = try backups.backUp(database, to: path)
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value
                var reply = ControlReply(count: size ?? 0)
                reply.path = file.path
                return reply
            case .deadLetters:
                let letters = try await database.writer.read { try DeadLetters.list(in: $0) }
                return ControlReply(deadLetters: letters)
            case .retryDeadLetters:
                guard let consumer else { return ControlReply(count: 0) }
                let resolved = try await consumer.retryDeadLetters(id: request.id)
                let letters = try await database.writer.read { try DeadLetters.list(in: $0) }
                return ControlReply(deadLetters: letters, count: resolved)
            case .logLevel:
                guard let text = request.level, let level = Logger.Level(rawValue: text) else {
                    return .failed("log level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                LogLevelControl.shared.level = level
                return ControlReply(status: try await status())
            case .exportPerson, .erasePerson:
                return try await person(request)
            case .reconcile:
                guard let source = request.source, !source.isEmpty else { return .failed("reconcile needs the source") }
                guard let consumer else { return .failed("\(service.rawValue) consumes no other service") }
                let (after, latest) = try await consumer.reconcile(source: source)
                return ControlReply(count: latest, sharedSeq: after)
            }
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// `people-export` and `people-erase`. A service that keeps no one's
    /// address answers with nothing found, so the operator's round reports it too.
    private func person(_ request: ControlRequest) async throws -> ControlReply {
        guard let email = request.email, PersonErasure.key(email).contains("@") else {
            return .failed("\(request.operation.rawValue) needs the person's e-mail address")
        }
        guard let people else { return ControlReply(count: 0, person: .object([:])) }
        if request.operation == .exportPerson {
            let tables = try await people.export(email: email)
            return ControlReply(count: Int64(tables.count), person: .object(tables))
        }
        let erasure = try await people.erase(email: email, erasureId: request.erasureId ?? UUID())
        return ControlReply(count: Int64(erasure.records.count), person: erasure.counts)
    }

    /// A fetch from `seq` `from`, which the pruned log no longer holds:
    /// refused with the `seq` pruned through, so the consumer stops the source
    /// until it is rebuilt, and never skips those messages unawares.
    private func refusedFetch(from: Int64, pruned: Int64, latest: Int64) -> ControlReply {
        var reply = ControlReply.failed(
            "\(service.rawValue) pruned its log through seq \(pruned); a fetch from seq \(from) cannot be answered:"
                + " rebuild the consumer (komunikactl reconcile <consumer> \(service.rawValue))")
        reply.prunedThrough = pruned
        reply.count = latest
        reply.epoch = database.epoch
        return reply
    }

    private func status() async throws -> ServiceStatus {
        let (latest, storedPublished, deadLetters, pruned) = try await database.writer.read { db in
            (
                try Outbox.latestSeq(db), try Outbox.publishedSeq(db), try DeadLetters.count(in: db),
                try OutboxPruning.prunedThrough(db)
            )
        }
        let published = max(relay?.publishedSeq ?? storedPublished, storedPublished)
        let consumers = await consumer?.status() ?? []
        let paused = await consumer?.isPaused ?? false
        var status = ServiceStatus(
            service: service.rawValue, healthy: true, latestSeq: latest, publishedSeq: published,
            outboxBacklog: max(0, latest - published), consumers: consumers, deadLetters: deadLetters,
            databaseBytes: database.sizeInBytes,
            uptimeSeconds: Double((ContinuousClock.now - startedAt).components.seconds), paused: paused,
            logLevel: LogLevelControl.shared.level.rawValue)
        status.outboxPrunedThrough = pruned
        return status
    }
}
