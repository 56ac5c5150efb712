import FileStore
import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// One command's change, inside its write transaction (`transaction`: the
/// database, the message source, correlation, actor and time), with where
/// uploads are stored and the expiry-warning period.
struct BrandChange {
    let transaction: CommandTransaction
    let files: ContentStore
    /// How many days before an expiry its warning is published.
    let warningDays: Int

    init(transaction: CommandTransaction, files: ContentStore, warningDays: Int) {
        self.transaction = transaction
        self.files = files
        self.warningDays = warningDays
    }

    var db: Database { transaction.db }
    /// Who the command acts for; `nil` when the sender did not say.
    var actor: Actor? { transaction.actor }
    /// The command's time, to the millisecond as the database keeps it.
    var now: Date { transaction.now }

    /// Today in Vilnius.
    var today: CalendarDay { CalendarDay(vilnius: now) }

    func publish<M: Message>(_ message: M) throws {
        try transaction.publish(message)
    }

    /// The asset, or a `.notFound` refusal.
    func existingAsset(_ assetId: UUID) throws -> AssetRecord {
        guard let asset = try AssetRecord.fetchOne(db, key: assetId.uuidString) else {
            throw CommandFailure(.notFound, "No asset has the id \(assetId.uuidString).", details: ["assetId": assetId.uuidString])
        }
        return asset
    }
}
