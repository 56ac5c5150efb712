import FileStore
import Foundation
import GRDB
import MessageSchema
import Store

/// One command's change, inside its write transaction: reads and writes the
/// tables and appends the messages announcing the change to the outbox.
struct BrandChange {
    let db: Database
    let source: String
    let correlationId: UUID?
    let files: ContentStore
    /// How many days before an expiry its warning is published.
    let warningDays: Int
    /// The command's time, to the millisecond as the database keeps it.
    let now: Date

    init(db: Database, source: String, correlationId: UUID?, files: ContentStore, warningDays: Int, now: Date = Date()) {
        self.db = db
        self.source = source
        self.correlationId = correlationId
        self.files = files
        self.warningDays = warningDays
        self.now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    /// Today in Vilnius.
    var today: CalendarDay { CalendarDay(vilnius: now) }

    func publish<M: Message>(_ message: M) throws {
        try Outbox.append(message, source: source, correlationId: correlationId, occurredAt: now, in: db)
    }

    /// The asset, or a `.notFound` refusal.
    func existingAsset(_ assetId: UUID) throws -> AssetRecord {
        guard let asset = try AssetRecord.fetchOne(db, key: assetId.uuidString) else {
            throw CommandFailure(.notFound, "No asset has the id \(assetId.uuidString).", details: ["assetId": assetId.uuidString])
        }
        return asset
    }
}
