import Bus
import Foundation
import Logging
import MessageSchema
import ServiceLifecycle
import Store

/// Publishes the outbox on the service's PUB socket in `seq` order, each
/// envelope with the database's epoch, and a heartbeat every second with the
/// epoch and the highest `seq` published (not the outbox's latest: what is
/// about to go out needs no fetch). After a crash it starts
/// again from the last `seq` it recorded as published: consumers skip what
/// they have seen, so at worst a few messages go out twice.
public final class OutboxRelay: Service, @unchecked Sendable {
    private let source: String
    private let database: ServiceDatabase
    private let publisher: Publisher
    private let logger: Logger
    private let ticker = Ticker(interval: .seconds(1))
    private let lock = NSLock()
    private var cursor: Int64?
    private var rewindTo: Int64?
    /// The highest `seq` ever handed to the PUB socket: a rewind for a
    /// republish does not lower what the heartbeat announces.
    private var highestPublished: Int64 = 0

    public init(source: String, database: ServiceDatabase, publisher: Publisher, logger: Logger) {
        self.source = source
        self.database = database
        self.publisher = publisher
        self.logger = logger
    }

    /// Wakes the relay after a commit that appended messages.
    public func notify() { ticker.poke() }

    /// The last `seq` handed to the PUB socket.
    public var publishedSeq: Int64 { lock.withLock { cursor ?? 0 } }

    /// Publishes everything from `seq` on again, for every subscriber. Only
    /// ever backwards: moving the cursor forward would skip messages never
    /// published, and a second request before the relay got to the first
    /// keeps the lower of the two.
    public func republish(from seq: Int64) {
        lock.withLock { rewindTo = Self.rewind(pending: rewindTo, cursor: cursor ?? 0, from: seq) }
        ticker.poke()
    }

    /// Where the cursor goes back to after a request to republish `from`:
    /// never past `cursor`, never above a rewind still `pending`.
    static func rewind(pending: Int64?, cursor: Int64, from seq: Int64) -> Int64 {
        min(max(seq, 1) - 1, cursor, pending ?? .max)
    }

    public func run() async throws {
        let start = try await database.writer.read { try Outbox.publishedSeq($0) }
        lock.withLock {
            cursor = start
            highestPublished = start
        }
        await cancelWhenGracefulShutdown {
            var lastHeartbeat = ContinuousClock.now - .seconds(2)
            for await _ in self.ticker.wakeups {
                do {
                    try await self.publishPending()
                    if ContinuousClock.now - lastHeartbeat >= .milliseconds(900) {
                        try await self.sendHeartbeat()
                        lastHeartbeat = .now
                    }
                } catch {
                    self.logger.error("publishing the outbox failed: \(error)")
                }
            }
        }
        ticker.finish()
        publisher.close()
    }

    private func publishPending() async throws {
        while true {
            let from = lock.withLock { () -> Int64 in
                if let rewind = rewindTo {
                    cursor = rewind
                    rewindTo = nil
                }
                return (cursor ?? 0) + 1
            }
            let batch = try await database.writer.read { db in
                try Outbox.envelopes(from: from, limit: 1_000, source: self.source, epoch: self.database.epoch, in: db)
            }
            guard let last = batch.last else { return }
            for envelope in batch {
                publisher.publish(topic: envelope.topic, body: try envelope.encoded())
            }
            ServiceMetrics.messagesPublished.increment(by: Int64(batch.count))
            lock.withLock {
                cursor = max(cursor ?? 0, last.seq)
                highestPublished = max(highestPublished, last.seq)
            }
            try await database.writer.write { try Outbox.setPublishedSeq(last.seq, in: $0) }
            if batch.count < 1_000 { return }
        }
    }

    private func sendHeartbeat() async throws {
        let published = lock.withLock { highestPublished }
        let heartbeat = Heartbeat(source: source, epoch: database.epoch, latestSeq: published)
        publisher.publish(topic: Topic.heartbeat(source: source), body: try MessageCoding.encode(heartbeat))
    }
}
