import Foundation
import Store

/// The one folder a service writes the operator's backups into
/// (`KOMUNIKA_BACKUP_DIR`, default `<data>/backups`, created with mode 0700).
/// A backup holds personal data: each file is made readable by its owner
/// only (0600), and a path outside the folder is refused.
public struct BackupFolder: Sendable, Equatable {
    public let url: URL

    public init(_ url: URL) { self.url = url }

    /// The folder from `KOMUNIKA_BACKUP_DIR`, or `backups` in the data folder.
    public init(environment: [String: String], dataDirectory: String) {
        if let folder = environment["KOMUNIKA_BACKUP_DIR"], !folder.isEmpty {
            self.init(URL(fileURLWithPath: folder))
        } else {
            self.init(URL(fileURLWithPath: dataDirectory).appendingPathComponent("backups"))
        }
    }

    /// The file `path` names: a relative path is taken inside the folder, an
    /// absolute one must lie inside it (after `..` and symbolic links are resolved).
    public func file(for path: String) throws -> URL {
        let folder = url.standardizedFileURL.resolvingSymlinksInPath()
        let named = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        let standardized = named.standardizedFileURL
        let parent = standardized.deletingLastPathComponent().resolvingSymlinksInPath()
        let file = parent.appendingPathComponent(standardized.lastPathComponent)
        guard parent.path == folder.path || parent.path.hasPrefix(folder.path + "/") else {
            throw BackupFolderError.outside(path, folder: url.path)
        }
        return file
    }

    /// Backs `database` up to `path` inside the folder, readable by its owner
    /// only; returns the file written.
    public func backUp(_ database: ServiceDatabase, to path: String) throws -> URL {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // The owner's only, also when the folder was there before.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
        let file = try self.file(for: path)
        // Written with mode 0600 from the start, under a temporary name, and never through a symbolic link.
        try database.backup(to: file.path)
        return file
    }
}

public enum BackupFolderError: Error, CustomStringConvertible, Equatable {
    case outside(String, folder: String)

    public var description: String {
        switch self {
        case .outside(let path, let folder):
            "\(path) is outside the backup folder \(folder): backups go only into it (KOMUNIKA_BACKUP_DIR); give a file name inside it"
        }
    }
}
