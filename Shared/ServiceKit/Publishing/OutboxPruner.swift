import Foundation
import Logging
import ServiceLifecycle
import Store

/// Prunes the outbox (the replay log, which holds people's data too) at
/// start and every `KOMUNIKA_OUTBOX_PRUNE_INTERVAL` seconds (default an
/// hour): the rows every consumer that reported is past (`OutboxPruning`),
/// once older than `KOMUNIKA_OUTBOX_RETENTION_DAYS` (default 30). A consumer
/// that never reported keeps nothing back: it learns, at its first fetch,
/// that what it asked for was pruned, and is stopped until it is rebuilt.
/// `komunikactl prune <service>` prunes at once.
public final class OutboxPruner: Service {
    public static let defaultRetentionDays = 30
    public static let defaultInterval: Duration = .seconds(3600)

    private let database: ServiceDatabase
    private let retentionDays: Int
    private let interval: Duration
    private let logger: Logger

    public init(database: ServiceDatabase, retentionDays: Int, interval: Duration = OutboxPruner.defaultInterval, logger: Logger) {
        self.database = database
        self.retentionDays = retentionDays
        self.interval = interval
        self.logger = logger
    }

    /// The pruner `environment` configures.
    public convenience init(database: ServiceDatabase, environment: [String: String], logger: Logger) {
        let seconds = environment["KOMUNIKA_OUTBOX_PRUNE_INTERVAL"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        self.init(
            database: database, retentionDays: Self.retentionDays(from: environment),
            interval: seconds.map { .seconds($0) } ?? Self.defaultInterval, logger: logger)
    }

    /// `KOMUNIKA_OUTBOX_RETENTION_DAYS` (0 or more), or the default.
    public static func retentionDays(from environment: [String: String]) -> Int {
        environment["KOMUNIKA_OUTBOX_RETENTION_DAYS"].flatMap { Int($0) }.flatMap { $0 >= 0 ? $0 : nil }
            ?? defaultRetentionDays
    }

    public func run() async throws {
        let ticker = Ticker(interval: interval)
        await ticker.repeatUntilShutdown {
            do {
                let pruned = try await Self.prune(self.database, retentionDays: self.retentionDays)
                if pruned.deleted > 0 {
                    self.logger.info("pruned \(pruned.deleted) outbox messages, through seq \(pruned.through)")
                }
            } catch {
                self.logger.error("pruning the outbox failed: \(error)")
            }
        }
    }

    /// Prunes what may be pruned now: how many rows went, and the `seq` the
    /// outbox is pruned through (0 while nothing was).
    public static func prune(
        _ database: ServiceDatabase, retentionDays: Int, now: Date = Date()
    ) async throws -> (deleted: Int, through: Int64) {
        let before = now.addingTimeInterval(-TimeInterval(retentionDays) * 24 * 3600)
        let epoch = database.epoch
        return try await database.writer.write { db in
            guard let cut = try OutboxPruning.cut(epoch: epoch, before: before, in: db) else {
                return (0, try OutboxPruning.prunedThrough(db))
            }
            return (try OutboxPruning.prune(through: cut, at: now, in: db), cut)
        }
    }
}
