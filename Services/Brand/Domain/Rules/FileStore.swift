import Foundation
import MessageSchema

/// Files stored by content under the service's data folder:
/// `<data>/brand-files/ab/abcdef…`, named by the SHA-256 of their bytes, so
/// the same bytes are stored once however often they are uploaded.
public struct FileStore: Sendable {
    public let folder: URL

    /// `<dataDirectory>/brand-files`.
    public init(dataDirectory: String) {
        folder = URL(fileURLWithPath: dataDirectory).appendingPathComponent("brand-files")
    }

    /// Where the file with this digest lives.
    public func path(of sha256: String) -> URL {
        folder.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    /// Writes `bytes` under their digest unless a file is there already;
    /// returns whether it wrote. Written to a temporary name and renamed, so
    /// a crash never leaves half a file under a digest.
    @discardableResult
    func store(_ bytes: [UInt8], sha256: String) throws -> Bool {
        let target = path(of: sha256)
        if FileManager.default.fileExists(atPath: target.path) { return false }
        let directory = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(sha256).\(UUID().uuidString).part")
        try Data(bytes).write(to: temporary)
        if rename(temporary.path, target.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure(.unavailable, "The file could not be stored (error \(errno)).")
        }
        return true
    }
}
