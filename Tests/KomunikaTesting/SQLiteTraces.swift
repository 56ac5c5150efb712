import Foundation

/// Reads a folder's SQLite files (or every file under it) as bytes — every `.sqlite`, `-wal` and
/// `-shm` — as someone holding a copy of the disk would, to prove that an
/// erased address or name is in none of them (free pages and the WAL included).
public enum SQLiteTraces {
    /// The SQLite files in `folder` (not its sub-folders), sorted by name.
    public static func files(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { file in [".sqlite", ".sqlite-wal", ".sqlite-shm"].contains { file.lastPathComponent.hasSuffix($0) } }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The names of the files in `folder` whose bytes contain `text` in UTF-8, exactly.
    public static func filesContaining(_ text: String, in folder: URL) throws -> [String] {
        let needle = Data(text.utf8)
        return try files(in: folder).filter { file in
            (try Data(contentsOf: file)).range(of: needle) != nil
        }.map(\.lastPathComponent)
    }

    /// The paths, relative to `folder`, of every regular file under it (sub-folders
    /// included: the mail service's `.eml` files, uploads, keys …) whose bytes
    /// contain `text` in UTF-8, exactly; sorted.
    public static func anyFilesContaining(_ text: String, under folder: URL) throws -> [String] {
        let needle = Data(text.utf8)
        let root = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [String] = []
        for case let file as URL in walker {
            guard try file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            if try Data(contentsOf: file).range(of: needle) != nil {
                found.append(String(file.standardizedFileURL.path.dropFirst(root.count)))
            }
        }
        return found.sorted()
    }
}
