import FileStore
import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    /// How much of a stored file is read to find an image's pixel size.
    static let headerLength = 256 * 1024

    /// Adds the bytes sent in the command, which `UploadPreparation` checked
    /// and stored by their SHA-256 before this transaction (once, however
    /// often they come), as the asset's next version; the asset is submitted
    /// for review again. Message: `AssetVersionAdded`.
    func upload(_ command: UploadAssetVersion, prepared: Result<AssetFile, CommandFailure>) throws -> AssetVersionRef {
        let asset = try existingAsset(command.assetId)
        return try addVersion(prepared.get(), fileName: nil, to: asset)
    }

    /// Adds a file the gateway streamed into the store's `incoming/` folder
    /// as the asset's next version. `BrandCommandHandler` has checked it and
    /// moved it into place before this transaction (`admitUpload`); here the
    /// store must have it with the announced size. Message: `AssetVersionAdded`.
    func addStored(_ command: AddStoredAssetVersion) throws -> AssetVersionRef {
        let asset = try existingAsset(command.assetId)
        let mimeType = try AssetRules.mimeType(command.mimeType)
        let fileName = try AssetRules.fileName(command.fileName)
        guard ContentStore.isDigest(command.sha256) else {
            throw CommandFailure(
                .invalid, "'\(command.sha256)' is not a SHA-256 of 64 lowercase hexadecimal digits.",
                details: ["field": "sha256"])
        }
        guard command.size > 0 else { throw CommandFailure(.invalid, "The file is empty.", details: ["field": "size"]) }
        guard let stored = files.size(of: command.sha256) else {
            throw CommandFailure(
                .notFound, "No file with the SHA-256 \(command.sha256) is in the store; upload it again.",
                details: ["sha256": command.sha256])
        }
        guard stored == command.size else {
            throw CommandFailure(
                .invalid, "The stored file has \(stored) bytes, not the \(command.size) announced.", details: ["field": "size"])
        }
        let header: [UInt8]
        do {
            header = try files.prefix(of: command.sha256, count: Self.headerLength)
        } catch {
            throw CommandFailure(.unavailable, "The stored file could not be read (\(error)).")
        }
        let file = try Self.describe(header, size: Int(command.size), sha256: command.sha256, as: mimeType)
        return try addVersion(file, fileName: fileName, to: asset)
    }

    /// Records `file` (once) and the asset's next version of it; the asset is submitted again.
    private func addVersion(_ file: AssetFile, fileName: String?, to existing: AssetRecord) throws -> AssetVersionRef {
        var asset = existing
        try db.execute(
            sql: """
                INSERT INTO files (sha256, mimeType, size, width, height, storedAt) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(sha256) DO NOTHING
                """,
            arguments: [file.sha256, file.mimeType, file.size, file.width, file.height, now])
        asset.versionCount += 1
        asset.status = .submitted
        asset.rejectionReason = nil
        asset.updatedAt = now
        try asset.update(db)
        try db.execute(
            sql: "INSERT INTO assetVersions (assetId, number, sha256, mimeType, fileName, addedAt) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [asset.id, asset.versionCount, file.sha256, file.mimeType, fileName, now])
        let assetId = existing.assetId
        try publish(
            AssetVersionAdded(assetId: assetId, number: asset.versionCount, file: file, status: .submitted, fileName: fileName))
        return AssetVersionRef(assetId: assetId, number: asset.versionCount, file: file, status: .submitted, fileName: fileName)
    }

    /// Size and, for PNG, JPEG and GIF, the pixel size (from `header`, the
    /// file's first bytes), with the bytes' digest `sha256`; an image type
    /// whose bytes say otherwise is refused.
    static func describe(_ header: [UInt8], size: Int, sha256: String, as mimeType: String) throws -> AssetFile {
        let claimed: ImageHeader.Format? =
            switch mimeType {
            case "image/png": .png
            case "image/jpeg", "image/jpg", "image/pjpeg": .jpeg
            case "image/gif": .gif
            default: nil
            }
        let image = ImageHeader.read(header)
        if let claimed {
            guard let image, image.format == claimed else {
                throw CommandFailure(
                    .invalid, "The file is sent as \(mimeType) but its bytes are not a readable \(claimed.rawValue.uppercased()) image.",
                    details: ["field": "mimeType"])
            }
        } else if let found = ImageHeader.signature(header), mimeType.hasPrefix("image/") {
            throw CommandFailure(
                .invalid, "The file is sent as \(mimeType) but its bytes are a \(found.rawValue.uppercased()) image (\(found.mimeType)).",
                details: ["field": "mimeType"])
        }
        let pixels = claimed == nil ? nil : image
        return AssetFile(
            sha256: sha256, mimeType: claimed.map(\.mimeType) ?? mimeType, size: size,
            width: pixels?.width, height: pixels?.height)
    }
}
