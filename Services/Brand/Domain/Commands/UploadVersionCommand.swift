import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    /// The largest file accepted: 20 MB.
    static let maxFileSize = 20 * 1024 * 1024

    /// Stores the bytes by their SHA-256 (once, however often they come) and
    /// adds them as the asset's next version; the asset is submitted for
    /// review again. Message: `AssetVersionAdded`.
    func upload(_ command: UploadAssetVersion) throws -> AssetVersionRef {
        var asset = try existingAsset(command.assetId)
        let mimeType = try AssetRules.mimeType(command.mimeType)
        guard let data = Data(base64Encoded: command.contentBase64) else {
            throw CommandFailure(.invalid, "The file's content is not valid base64.", details: ["field": "contentBase64"])
        }
        guard !data.isEmpty else {
            throw CommandFailure(.invalid, "The file is empty.", details: ["field": "contentBase64"])
        }
        guard data.count <= Self.maxFileSize else {
            throw CommandFailure(
                .invalid, "The file has \(data.count) bytes; at most \(Self.maxFileSize) are accepted.",
                details: ["field": "contentBase64"])
        }
        let bytes = [UInt8](data)
        let file = try describe(bytes, sha256: ContentDigest.sha256Hex(data), as: mimeType)
        try files.store(bytes, sha256: file.sha256)
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
            sql: "INSERT INTO assetVersions (assetId, number, sha256, mimeType, addedAt) VALUES (?, ?, ?, ?, ?)",
            arguments: [asset.id, asset.versionCount, file.sha256, file.mimeType, now])
        try publish(AssetVersionAdded(assetId: command.assetId, number: asset.versionCount, file: file, status: .submitted))
        return AssetVersionRef(assetId: command.assetId, number: asset.versionCount, file: file, status: .submitted)
    }

    /// Size and, for PNG, JPEG and GIF, the pixel size, with the bytes'
    /// digest `sha256`; an image type whose bytes say otherwise is refused.
    private func describe(_ bytes: [UInt8], sha256: String, as mimeType: String) throws -> AssetFile {
        let claimed: ImageHeader.Format? =
            switch mimeType {
            case "image/png": .png
            case "image/jpeg", "image/jpg", "image/pjpeg": .jpeg
            case "image/gif": .gif
            default: nil
            }
        let header = ImageHeader.read(bytes)
        if let claimed {
            guard let header, header.format == claimed else {
                throw CommandFailure(
                    .invalid, "The file is sent as \(mimeType) but its bytes are not a readable \(claimed.rawValue.uppercased()) image.",
                    details: ["field": "mimeType"])
            }
        } else if let found = ImageHeader.signature(bytes), mimeType.hasPrefix("image/") {
            throw CommandFailure(
                .invalid, "The file is sent as \(mimeType) but its bytes are a \(found.rawValue.uppercased()) image (\(found.mimeType)).",
                details: ["field": "mimeType"])
        }
        let image = claimed == nil ? nil : header
        return AssetFile(
            sha256: sha256, mimeType: claimed.map(\.mimeType) ?? mimeType, size: bytes.count,
            width: image?.width, height: image?.height)
    }
}
