import Foundation
import GRDB
import MessageSchema
import Store

/// One change a transaction: a bare SQLite insert against the outbox append
/// every command makes (the same WAL mode and synchronous=FULL), and what
/// FULL costs next to NORMAL (`ServiceDatabase` chose FULL).
struct StoreBenchmarks {
    let folder: URL
    let scale: Int

    func run(into report: BenchReport) async throws {
        print("Store")
        let count = 5_000 * scale
        let rawTime = try await bareInserts(count, synchronous: "FULL")
        let normalTime = try await bareInserts(count, synchronous: "NORMAL")
        report.add(
            "bare insert, synchronous=FULL", ours: BenchReport.rate(count, rawTime), limit: BenchReport.rate(count, normalTime),
            limitWhat: "the same with synchronous=NORMAL")

        let database = try ServiceDatabase(path: folder.appendingPathComponent("outbox.sqlite").path)
        let start = ContinuousClock.now
        for _ in 0..<count {
            try await database.writer.write { db in
                _ = try Outbox.append(EventApproved(eventId: UUID()), source: "events", in: db)
            }
        }
        let time = ContinuousClock.now - start
        report.add(
            "outbox append, one a transaction", ours: BenchReport.rate(count, time), limit: BenchReport.rate(count, rawTime),
            limitWhat: "GRDB bare insert, one a transaction")
    }

    private func bareInserts(_ count: Int, synchronous: String) async throws -> Duration {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = \(synchronous)")
        }
        let path = folder.appendingPathComponent("raw-\(synchronous).sqlite").path
        let raw = try DatabaseQueue(path: path, configuration: configuration)
        try await raw.write { db in try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)") }
        let start = ContinuousClock.now
        for index in 0..<count {
            try await raw.write { db in
                try db.execute(sql: "INSERT INTO t (body) VALUES (?)", arguments: ["message \(index)"])
            }
        }
        return ContinuousClock.now - start
    }
}
