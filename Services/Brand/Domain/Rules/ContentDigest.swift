import Crypto
import Foundation

/// The content address of stored files: SHA-256 (FIPS 180-4) from
/// swift-crypto, fed the bytes in 64 KiB chunks straight from where they
/// already lie, so no second copy of an upload is made to hash it.
enum ContentDigest {
    /// The size of one chunk handed to the hash.
    static let chunkSize = 64 * 1024

    /// The SHA-256 of `data` as 64 lowercase hexadecimal digits.
    static func sha256Hex(_ data: Data) -> String {
        var hasher = SHA256()
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + chunkSize, bytes.count)
                hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
                offset = end
            }
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
