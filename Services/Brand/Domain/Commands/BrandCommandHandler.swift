import FileStore
import Foundation
import GRDB
import MessageSchema
import ServiceKit
import Store

/// Answers the brand service's commands: each runs in one write transaction
/// with its idempotency key, and the messages it produces go to the outbox.
public struct BrandCommandHandler: CommandHandler {
    /// The commands this handler answers, and what each does; a file sent
    /// whole is stored before its transaction (`UploadPreparation`).
    static func commands(files: ContentStore) -> CommandTable<BrandChange> {
        CommandTable<BrandChange>(service: "brand")
            .on(RegisterAsset.self) { try $0.register($1) }
            .on(UpdateAsset.self) { try $0.update($1) }
            .on(UploadAssetVersion.self, prepare: { UploadPreparation.prepare($0, files: files) }) {
                try $0.upload($1, prepared: $2)
            }
            .on(AddStoredAssetVersion.self) { try $0.addStored($1) }
            .on(ReviewAsset.self) { try $0.review($1) }
            .on(RecordLicence.self) { try $0.recordLicence($1) }
            .on(RecordConsent.self) { try $0.recordConsent($1) }
            .on(CheckExpiries.self) { try $0.checkExpiries($1) }
            .on(OpenCollection.self) { try $0.openCollection($1) }
            .on(AddAssetToCollection.self) { try $0.addToCollection($1) }
            .on(AddPublication.self) { try $0.addPublication($1) }
            .on(UpdatePublication.self) { try $0.updatePublication($1) }
    }

    /// The warning period when `KOMUNIKA_BRAND_EXPIRY_WARNING_DAYS` does not set one.
    public static let defaultWarningDays = 30

    private let handler: TableCommandHandler<BrandChange>
    private let files: ContentStore
    /// Checks and moves streamed uploads into place one at a time, off the
    /// Swift concurrency pool: hashing a 2 GiB file takes seconds, and a
    /// command resent while it runs waits for it instead of hashing again.
    private let admissions = DispatchQueue(label: "brand.file-admissions")

    /// `files` is the content-addressed store uploads are kept in (shared with the gateway); `warningDays` how long before an
    /// expiry its warning goes out; `onCommit` runs after each successful
    /// command that produced messages: it wakes the outbox publisher.
    public init(
        database: ServiceDatabase, files: ContentStore, warningDays: Int = defaultWarningDays, source: String = "brand",
        onCommit: @escaping @Sendable () -> Void
    ) {
        self.files = files
        handler = TableCommandHandler(Self.commands(files: files), database: database, onCommit: onCommit) { db, request in
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

    /// A streamed upload (`AddStoredAssetVersion`) is checked and moved into
    /// the store before its transaction (`admitUpload`), so hashing a large
    /// file never holds the database's write lock.
    public func handle(_ request: CommandRequest) async -> CommandReply {
        if request.name == AddStoredAssetVersion.name, let command = try? request.payload.decode(as: AddStoredAssetVersion.self) {
            if let refusal = await admitUpload(command) { return .failed(refusal) }
        }
        return await handler.handle(request)
    }

    /// Checks the upload waiting under the command's digest (size, then the
    /// SHA-256 of its bytes, read in chunks) and moves it into place; the
    /// refusal when it does not match (the upload is removed), `nil` when it
    /// is in place (or was already). A digest that is not one is left to the
    /// command, which refuses it.
    func admitUpload(_ command: AddStoredAssetVersion) async -> CommandFailure? {
        guard ContentStore.isDigest(command.sha256), command.size > 0 else { return nil }
        let files = self.files
        return await withCheckedContinuation { continuation in
            admissions.async {
                do {
                    try files.admit(sha256: command.sha256, size: command.size)
                    continuation.resume(returning: nil)
                } catch let error as ContentStoreError {
                    continuation.resume(returning: Self.refusal(error))
                } catch {
                    continuation.resume(returning: CommandFailure(.unavailable, "The upload could not be checked (\(error))."))
                }
            }
        }
    }

    static func refusal(_ error: ContentStoreError) -> CommandFailure {
        switch error {
        case .missing(let sha256):
            CommandFailure(
                .notFound, "No upload with the SHA-256 \(sha256) waits in the file store; upload the file again.",
                details: ["sha256": sha256])
        case .sizeMismatch:
            CommandFailure(.invalid, "The uploaded file does not match: \(error).", details: ["field": "size"])
        case .digestMismatch, .notADigest:
            CommandFailure(.invalid, "The uploaded file does not match: \(error).", details: ["field": "sha256"])
        case .tooLarge:
            CommandFailure(.invalid, "The uploaded file is too large: \(error).", details: ["field": "size"])
        case .io:
            CommandFailure(.unavailable, "The file store failed: \(error).")
        }
    }
}
