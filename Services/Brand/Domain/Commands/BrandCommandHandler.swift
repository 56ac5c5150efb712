import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the brand service's commands: each runs in one write transaction
/// with its idempotency key, and the messages it produces go to the outbox.
public struct BrandCommandHandler: CommandHandler {
    /// The commands this handler answers, by name.
    public static let commandNames: Set<String> = [
        RegisterAsset.name, UpdateAsset.name, UploadAssetVersion.name, ReviewAsset.name, RecordLicence.name,
        RecordConsent.name, CheckExpiries.name, OpenCollection.name, AddAssetToCollection.name, AddPublication.name,
        UpdatePublication.name,
    ]

    /// The warning period when `KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS` does not set one.
    public static let defaultWarningDays = 30

    private let database: ServiceDatabase
    private let source: String
    private let files: FileStore
    private let warningDays: Int
    private let onCommit: @Sendable () -> Void

    /// `files` is where uploads are stored; `warningDays` how long before an
    /// expiry its warning goes out; `onCommit` runs after each successful
    /// command that produced messages: it wakes the outbox publisher.
    public init(
        database: ServiceDatabase, files: FileStore, warningDays: Int = defaultWarningDays, source: String = "brand",
        onCommit: @escaping @Sendable () -> Void
    ) {
        self.database = database
        self.source = source
        self.files = files
        self.warningDays = warningDays
        self.onCommit = onCommit
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
        guard Self.commandNames.contains(request.name) else {
            return .failed(CommandFailure(
                .unknownCommand, "The brand service has no command '\(request.name)'.", details: ["command": request.name]))
        }
        let (source, files, warningDays) = (self.source, self.files, self.warningDays)
        let reply = await CommandExecution.run(request, in: database) { db in
            let change = BrandChange(
                db: db, source: source, correlationId: request.correlationId, files: files, warningDays: warningDays)
            return try Self.perform(request, as: change)
        }
        if reply.ok, reply.seq != nil { onCommit() }
        return reply
    }

    private static func perform(_ request: CommandRequest, as change: BrandChange) throws -> JSONValue {
        func decode<C: Command>(_ type: C.Type) throws -> C { try CommandExecution.decode(type, from: request) }
        switch request.name {
        case RegisterAsset.name: return try .from(change.register(decode(RegisterAsset.self)))
        case UpdateAsset.name: return try .from(change.update(decode(UpdateAsset.self)))
        case UploadAssetVersion.name: return try .from(change.upload(decode(UploadAssetVersion.self)))
        case ReviewAsset.name: return try .from(change.review(decode(ReviewAsset.self)))
        case RecordLicence.name: return try .from(change.recordLicence(decode(RecordLicence.self)))
        case RecordConsent.name: return try .from(change.recordConsent(decode(RecordConsent.self)))
        case CheckExpiries.name: return try .from(change.checkExpiries(decode(CheckExpiries.self)))
        case OpenCollection.name: return try .from(change.openCollection(decode(OpenCollection.self)))
        case AddAssetToCollection.name: return try .from(change.addToCollection(decode(AddAssetToCollection.self)))
        case AddPublication.name: return try .from(change.addPublication(decode(AddPublication.self)))
        case UpdatePublication.name: return try .from(change.updatePublication(decode(UpdatePublication.self)))
        default:
            throw CommandFailure(.unknownCommand, "The brand service has no command '\(request.name)'.")
        }
    }
}
