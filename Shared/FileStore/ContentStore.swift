import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The brand service's files, each named by the SHA-256 of its bytes:
/// `<folder>/ab/abcdef…` (the first two hexadecimal digits, then all 64), so
/// the same bytes are stored once however often they are uploaded. Uploads
/// arrive in `<folder>/incoming/`: first under a temporary name while they
/// are written (`<uuid>.part`), then, once whole, under their digest
/// (`incoming/<sha256>`), waiting for the brand service to check them and
/// move them into place (`admit`). Every rename is within one folder tree of
/// one file system, so it is atomic: a crash never leaves half a file under a
/// digest.
///
/// The brand service owns the store; the gateway shares the same folder
/// (the same machine, or a volume both containers mount) to write uploads
/// into `incoming/` and to stream downloads from. No process holds a whole
/// file in memory: files are written, hashed and read in `chunkSize` pieces.
public struct ContentStore: Sendable {
    /// The largest file accepted: 2 GiB.
    public static let defaultMaxFileSize: Int64 = 2 * 1024 * 1024 * 1024
    /// How much of a file is read at a time to hash it or copy it.
    public static let chunkSize = 256 * 1024

    public let folder: URL
    /// Uploads longer than this are refused (`ContentStoreError.tooLarge`).
    public let maxFileSize: Int64

    public init(folder: URL, maxFileSize: Int64 = defaultMaxFileSize) {
        self.folder = folder
        self.maxFileSize = maxFileSize
    }

    /// `<dataDirectory>/brand-files`.
    public init(dataDirectory: String, maxFileSize: Int64 = defaultMaxFileSize) {
        self.init(folder: Self.defaultFolder(dataDirectory: dataDirectory), maxFileSize: maxFileSize)
    }

    /// The store's folder: `KOMUNIKA_BRAND_FILES_DIR`, or `brand-files` under
    /// the data folder. The brand service and the gateway must name the same one.
    public static func folder(environment: [String: String], dataDirectory: String) -> URL {
        if let folder = environment["KOMUNIKA_BRAND_FILES_DIR"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        return defaultFolder(dataDirectory: dataDirectory)
    }

    static func defaultFolder(dataDirectory: String) -> URL {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("brand-files")
    }

    /// Where uploads wait to be admitted.
    public var incomingFolder: URL { folder.appendingPathComponent("incoming") }

    /// Whether `text` is a SHA-256 as the store names files: 64 lowercase
    /// hexadecimal digits (so no path can be made of anything else).
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    /// Where the file with this digest lives once admitted.
    public func path(of sha256: String) -> URL {
        folder.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }

    /// Where a whole upload with this digest waits to be admitted.
    public func stagedPath(of sha256: String) -> URL {
        incomingFolder.appendingPathComponent(sha256)
    }

    /// The size of the admitted file with this digest, or `nil` when the store has none.
    public func size(of sha256: String) -> Int64? {
        guard Self.isDigest(sha256) else { return nil }
        return Self.regularFileSize(at: path(of: sha256))
    }

    /// Starts an upload: a new temporary file in `incoming/`.
    public func beginUpload() throws -> IncomingFile {
        try FileManager.default.createDirectory(at: incomingFolder, withIntermediateDirectories: true)
        return try IncomingFile(
            path: incomingFolder.appendingPathComponent("\(UUID().uuidString).part"), store: self)
    }

    /// What `admit` found.
    public enum Admission: Sendable, Equatable {
        /// The upload was checked and moved into place.
        case stored
        /// The store had these bytes already; the upload (if any) was removed.
        case alreadyStored
    }

    /// Checks the upload waiting under `sha256` — there, `size` bytes long,
    /// and hashing to `sha256`, read in chunks — and moves it into place.
    /// An upload that fails the check is removed. When the store has the
    /// bytes already, the upload is only removed.
    @discardableResult
    public func admit(sha256: String, size: Int64) throws -> Admission {
        guard Self.isDigest(sha256) else { throw ContentStoreError.notADigest(sha256) }
        let target = path(of: sha256)
        let staged = stagedPath(of: sha256)
        if let stored = Self.regularFileSize(at: target) {
            guard stored == size else { throw ContentStoreError.sizeMismatch(expected: size, found: stored) }
            try? FileManager.default.removeItem(at: staged)
            return .alreadyStored
        }
        guard let found = Self.regularFileSize(at: staged) else { throw ContentStoreError.missing(sha256) }
        guard found == size else {
            try? FileManager.default.removeItem(at: staged)
            throw ContentStoreError.sizeMismatch(expected: size, found: found)
        }
        let digest = try Self.sha256(ofFileAt: staged).sha256
        guard digest == sha256 else {
            try? FileManager.default.removeItem(at: staged)
            throw ContentStoreError.digestMismatch(expected: sha256, found: digest)
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        if rename(staged.path, target.path) != 0 {
            let error = errno
            // Another upload of the same bytes may have been admitted meanwhile.
            if Self.regularFileSize(at: target) == size { return .alreadyStored }
            throw ContentStoreError.io("the upload could not be moved into place (\(String(cString: strerror(error))))")
        }
        Self.syncFolder(target.deletingLastPathComponent())
        return .stored
    }

    /// Stores bytes already in memory (small files sent whole); returns their
    /// digest and whether they were new to the store.
    @discardableResult
    public func store(_ data: Data) throws -> (sha256: String, stored: Bool) {
        let upload = try beginUpload()
        do {
            try data.withUnsafeBytes { try upload.append($0) }
            let staged = try upload.finish()
            return (staged.sha256, try admit(sha256: staged.sha256, size: staged.size) == .stored)
        } catch {
            upload.discard()
            throw error
        }
    }

    /// Up to `count` bytes from the start of the admitted file (to read an image header).
    public func prefix(of sha256: String, count: Int) throws -> [UInt8] {
        guard Self.isDigest(sha256) else { throw ContentStoreError.notADigest(sha256) }
        let descriptor = try Self.openForReading(path(of: sha256), sha256: sha256)
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, count - filled)
            }
            if read < 0 && errno == EINTR { continue }
            if read < 0 { throw ContentStoreError.io("the file could not be read (\(String(cString: strerror(errno))))") }
            if read == 0 { break }
            filled += read
        }
        return Array(bytes[..<filled])
    }

    /// The SHA-256 and size of the file at `url`, read `chunkSize` bytes at a time.
    public static func sha256(ofFileAt url: URL) throws -> (sha256: String, size: Int64) {
        let descriptor = try openForReading(url, sha256: url.lastPathComponent)
        defer { close(descriptor) }
        var digest = StreamingSHA256()
        var size: Int64 = 0
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let read = systemRead(descriptor, buffer.baseAddress, chunkSize)
            if read < 0 && errno == EINTR { continue }
            if read < 0 { throw ContentStoreError.io("the file could not be read (\(String(cString: strerror(errno))))") }
            if read == 0 { break }
            digest.update(UnsafeRawBufferPointer(rebasing: buffer[..<read]))
            size += Int64(read)
        }
        return (digest.hexDigest(), size)
    }

    private static func openForReading(_ url: URL, sha256: String) throws -> Int32 {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 {
            if errno == ENOENT { throw ContentStoreError.missing(sha256) }
            throw ContentStoreError.io("the file could not be opened (\(String(cString: strerror(errno))))")
        }
        return descriptor
    }

    /// The size of the regular file at `url`, or `nil` when there is none.
    static func regularFileSize(at url: URL) -> Int64? {
        var info = stat()
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }

    /// Makes a rename in `folder` durable.
    static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// Why the store refused.
public enum ContentStoreError: Error, Equatable, CustomStringConvertible {
    /// An upload went past `maxFileSize`.
    case tooLarge(limit: Int64)
    /// A digest that is not 64 lowercase hexadecimal digits.
    case notADigest(String)
    /// No upload (or stored file) with this digest.
    case missing(String)
    case sizeMismatch(expected: Int64, found: Int64)
    case digestMismatch(expected: String, found: String)
    /// The file system failed (full, no permission …).
    case io(String)

    public var description: String {
        switch self {
        case .tooLarge(let limit): "the file is larger than \(limit) bytes, the most accepted"
        case .notADigest(let text): "'\(text)' is not a SHA-256 of 64 lowercase hexadecimal digits"
        case .missing(let sha256): "no file with the SHA-256 \(sha256) is in the store"
        case .sizeMismatch(let expected, let found): "the file has \(found) bytes, not the \(expected) announced"
        case .digestMismatch(let expected, let found): "the file's SHA-256 is \(found), not the \(expected) announced"
        case .io(let detail): detail
        }
    }
}

/// `read(2)`, named apart from the methods called `read`.
func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
