import Foundation
import Logging
import ServiceLifecycle
import Store

/// Forgets idempotency keys older than the retention (7 days unless
/// `KOMUNIKA_IDEMPOTENCY_RETENTION_HOURS` says otherwise), at start and
/// every hour, so the table does not grow forever.
public final class IdempotencyKeyExpiry: Service {
    public static let defaultRetention: Duration = .seconds(7 * 24 * 3600)

    private let database: ServiceDatabase
    private let retention: Duration
    private let logger: Logger
    private let ticker = Ticker(interval: .seconds(3600))

    public init(database: ServiceDatabase, retention: Duration = IdempotencyKeyExpiry.defaultRetention, logger: Logger) {
        self.database = database
        self.retention = retention
        self.logger = logger
    }

    /// The retention from `KOMUNIKA_IDEMPOTENCY_RETENTION_HOURS`, or the default.
    public static func retention(from environment: [String: String]) -> Duration {
        guard let text = environment["KOMUNIKA_IDEMPOTENCY_RETENTION_HOURS"], let hours = Int(text), hours > 0 else {
            return defaultRetention
        }
        return .seconds(hours * 3600)
    }

    public func run() async throws {
        await ticker.repeatUntilShutdown { await self.expire() }
    }

    /// Forgets the keys older than the retention now; returns how many.
    @discardableResult
    public func expire(now: Date = Date()) async -> Int {
        let cutoff = now.addingTimeInterval(-Double(retention.components.seconds))
        do {
            let forgotten = try await database.writer.write { db in try IdempotencyKeys.forget(before: cutoff, in: db) }
            if forgotten > 0 { logger.info("forgot \(forgotten) idempotency keys older than \(cutoff)") }
            return forgotten
        } catch {
            logger.error("forgetting old idempotency keys failed: \(error)")
            return 0
        }
    }
}
