import Foundation
import GRDB
import Logging
import ServiceKit
import ServiceLifecycle
import Store

/// Scrubs the gateway's file (`ServiceDatabase.scrub`) after the read model
/// applied a `person.erased` it was not asked for directly — a service's
/// retention run, or a service that was down during `people erase` — so the
/// rows as they were leave its free pages and write-ahead log too. It looks
/// every `interval` whether the activity history has a newer `person.erased`
/// than at its last look (at start: the newest there is, so a start does not
/// rebuild the file).
public final class ErasureScrub: Service {
    private let database: ServiceDatabase
    private let logger: Logger
    private let ticker: Ticker

    public init(database: ServiceDatabase, interval: Duration = .seconds(600), logger: Logger) {
        self.database = database
        self.logger = logger
        ticker = Ticker(interval: interval)
    }

    public func run() async throws {
        let seen = LatestSeen(await latest())
        await ticker.repeatUntilShutdown(atStart: false) {
            let latest = await self.latest()
            guard latest > seen.value else { return }
            do {
                try self.database.scrub()
                seen.value = latest
            } catch {
                self.logger.error("scrubbing the read model after an erasure failed: \(error)")
            }
        }
    }

    /// The id of the newest `person.erased` in the activity history (0 when none).
    func latest() async -> Int64 {
        (try? await database.writer.read { db in
            try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM activity WHERE type = 'person.erased'")
        }) ?? 0
    }
}

/// The newest `person.erased` already scrubbed for, kept between wake-ups.
private final class LatestSeen: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Int64

    init(_ value: Int64) { stored = value }

    var value: Int64 {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
