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
    private let startedAt = ContinuousClock.now

    public init(
        service: ServiceName, database: ServiceDatabase, relay: OutboxRelay?, consumer: Consumer?,
        people: PersonalDataEraser? = nil, backups: BackupFolder? = nil
    ) {
        self.service = service
        self.backups = backups
        self.people = people
        self.database = database
        self.relay = relay
        self.consumer = consumer
    }

    public func handle(_ request: ControlRequest) async -> ControlReply {
        do {
            switch request.operation {
            case .status, .health:
                return ControlReply(status: try await status())
            case .fetch:
                let from = max(request.from ?? 1, 1)
                let limit = min(max(request.limit ?? 500, 1), 1_000)
                let (messages, latest) = try await database.writer.read { db in
                    (
                        try Outbox.envelopes(
                            from: from, limit: limit, source: self.service.rawValue, epoch: self.database.epoch, in: db),
                        try Outbox.latestSeq(db)
                    )
                }
                return ControlReply(messages: messages, count: latest, epoch: database.epoch, sharedSeq: database.sharedSeq)
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

    private func status() async throws -> ServiceStatus {
        let (latest, storedPublished, deadLetters) = try await database.writer.read { db in
            (try Outbox.latestSeq(db), try Outbox.publishedSeq(db), try DeadLetters.count(in: db))
        }
        let published = max(relay?.publishedSeq ?? storedPublished, storedPublished)
        let consumers = await consumer?.status() ?? []
        let paused = await consumer?.isPaused ?? false
        return ServiceStatus(
            service: service.rawValue, healthy: true, latestSeq: latest, publishedSeq: published,
            outboxBacklog: max(0, latest - published), consumers: consumers, deadLetters: deadLetters,
            databaseBytes: database.sizeInBytes,
            uptimeSeconds: Double((ContinuousClock.now - startedAt).components.seconds), paused: paused,
            logLevel: LogLevelControl.shared.level.rawValue)
    }
}
