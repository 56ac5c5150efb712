import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One upload being written into the store's `incoming/` folder, hashed and
/// counted as its pieces arrive, so neither the bytes nor a copy of them is
/// ever kept in memory. `finish` makes it whole under its digest; `discard`
/// removes it (a refused or broken upload leaves nothing behind).
public final class IncomingFile {
    /// The temporary file, `incoming/<uuid>.part`.
    public let temporaryPath: URL
    /// Bytes written so far.
    public private(set) var size: Int64 = 0
    private let store: ContentStore
    private var descriptor: Int32
    private var digest = StreamingSHA256()

    init(path: URL, store: ContentStore) throws {
        temporaryPath = path
        self.store = store
        descriptor = open(path.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        if descriptor < 0 {
            throw ContentStoreError.io("an upload could not be started (\(String(cString: strerror(errno))))")
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends `bytes`; beyond the store's `maxFileSize` it throws
    /// `ContentStoreError.tooLarge` and writes nothing more.
    public func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw ContentStoreError.io("the upload is closed") }
        guard size + Int64(bytes.count) <= store.maxFileSize else {
            throw ContentStoreError.tooLarge(limit: store.maxFileSize)
        }
        digest.update(bytes)
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written < 0 { throw ContentStoreError.io("the upload could not be written (\(String(cString: strerror(errno))))") }
            offset += written
        }
        size += Int64(bytes.count)
    }

    /// The upload made whole: flushed to disk and renamed `incoming/<sha256>`,
    /// ready for `ContentStore.admit`.
    public func finish() throws -> StagedFile {
        guard descriptor >= 0 else { throw ContentStoreError.io("the upload is closed") }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        descriptor = -1
        guard synced else { throw ContentStoreError.io("the upload could not be flushed (\(String(cString: strerror(errno))))") }
        let sha256 = digest.hexDigest()
        let staged = store.stagedPath(of: sha256)
        guard rename(temporaryPath.path, staged.path) == 0 else {
            throw ContentStoreError.io("the upload could not be renamed (\(String(cString: strerror(errno))))")
        }
        return StagedFile(sha256: sha256, size: size, path: staged)
    }

    /// Closes and removes the temporary file.
    public func discard() {
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        unlink(temporaryPath.path)
    }
}

/// A whole upload waiting in `incoming/` under its digest.
public struct StagedFile: Sendable, Equatable {
    public var sha256: String
    public var size: Int64
    public var path: URL
}
