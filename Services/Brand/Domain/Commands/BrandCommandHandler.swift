import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the brand service's commands: each runs in one write transaction
/// with its idempotency key, and the messages it produces go to the outbox.
public struct BrandCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does.
    static let commands = CommandTable<BrandChange>(service: "brand")
        .on(RegisterAsset.self) { try $0.register($1) }
        .on(UpdateAsset.self) { try $0.update($1) }
        .on(UploadAssetVersion.self) { try $0.upload($1) }
        .on(ReviewAsset.self) { try $0.review($1) }
        .on(RecordLicence.self) { try $0.recordLicence($1) }
        .on(RecordConsent.self) { try $0.recordConsent($1) }
        .on(CheckExpiries.self) { try $0.checkExpiries($1) }
        .on(OpenCollection.self) { try $0.openCollection($1) }
        .on(AddAssetToCollection.self) { try $0.addToCollection($1) }
        .on(AddPublication.self) { try $0.addPublication($1) }
        .on(UpdatePublication.self) { try $0.updatePublication($1) }

    /// The commands this handler answers, by name.
    public static var commandNames: Set<String> { commands.names }

    /// The warning period when `KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS` does not set one.
    public static let defaultWarningDays = 30

    private let handler: TableCommandHandler<BrandChange>

    /// `files` is where uploads are stored; `warningDays` how long before an
    /// expiry its warning goes out; `onCommit` runs after each successful
    /// command that produced messages: it wakes the outbox publisher.
    public init(
        database: ServiceDatabase, files: FileStore, warningDays: Int = defaultWarningDays, source: String = "brand",
        onCommit: @escaping @Sendable () -> Void
    ) {
        handler = TableCommandHandler(Self.commands, database: database, onCommit: onCommit) { db, request in
            BrandChange(
                transaction: CommandTransaction(db: db, source: source, request: request), files: files,
                warningDays: warningDays)
        }
    }

    /// The warning period from `KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS` (0 to 3650), or the default.
    public static func warningDays(from environment: [String: String]) throws -> Int {
        guard let text = environment["KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS"] else { return defaultWarningDays }
        guard let days = Int(text.trimmingCharacters(in: .whitespaces)), (0...3650).contains(days) else {
            throw CommandFailure(
                .invalid, "KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS must be a whole number of days from 0 to 3650, not '\(text)'")
        }
        return days
    }

    public func handle(_ request: CommandRequest) async -> CommandReply {
        await handler.handle(request)
    }
}
