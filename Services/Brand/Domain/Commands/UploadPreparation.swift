import FileStore
import Foundation
import MessageSchema

/// What `UploadAssetVersion` needs done before its transaction, so that a
/// 20 MB file is never decoded, hashed and written while it holds the brand
/// service's one writer: its base64 decoded and checked, its bytes stored by
/// their SHA-256 (`ContentStore.store`), and described (size, an image's
/// pixel size). The transaction then only records the version.
enum UploadPreparation {
    /// The largest file sent whole in a command: 20 MB.
    static let maxFileSize = 20 * 1024 * 1024

    /// The stored file, or why the upload is refused (in the order the
    /// checks read to the sender: type, content, size, bytes against type).
    /// A file whose asset turns out not to exist stays in the store, as any
    /// stored file no version names.
    static func prepare(_ command: UploadAssetVersion, files: ContentStore) -> Result<AssetFile, CommandFailure> {
        do {
            let mimeType = try AssetRules.mimeType(command.mimeType)
            guard let data = Data(base64Encoded: command.contentBase64) else {
                throw CommandFailure(.invalid, "The file's content is not valid base64.", details: ["field": "contentBase64"])
            }
            guard !data.isEmpty else {
                throw CommandFailure(.invalid, "The file is empty.", details: ["field": "contentBase64"])
            }
            guard data.count <= maxFileSize else {
                throw CommandFailure(
                    .invalid, "The file has \(data.count) bytes; at most \(maxFileSize) are accepted.",
                    details: ["field": "contentBase64"])
            }
            let header = Array(data.prefix(BrandChange.headerLength))
            // Described before it is stored, so a refused file leaves nothing behind.
            var file = try BrandChange.describe(header, size: data.count, sha256: "", as: mimeType)
            do {
                file.sha256 = try files.store(data).sha256
            } catch {
                throw CommandFailure(.unavailable, "The file could not be stored (\(error)).")
            }
            return .success(file)
        } catch let failure as CommandFailure {
            return .failure(failure)
        } catch {
            return .failure(CommandFailure(.unavailable, "The upload could not be prepared (\(error))."))
        }
    }
}
