import Crypto
import Foundation

extension UUID {
    /// Komunika's namespace for derived ids: `9ed7e2af-e23b-5a54-9425-1a23622997d9`,
    /// itself the UUIDv5 of the URL `https://www.lnb.lt/komunika` in the
    /// RFC 9562 URL namespace. Fixed for good: changing it changes every
    /// derived id.
    public static let komunikaNamespace = UUID(uuidString: "9ED7E2AF-E23B-5A54-9425-1A23622997D9")!

    /// The same UUID for the same `name`, every time and on every machine:
    /// the id of something a service creates in reaction to a message (the
    /// feedback survey of an event), so that the reaction, whenever and
    /// however often it runs, names the same thing. The RFC 9562 UUIDv5 of
    /// `name` in `UUID.komunikaNamespace`.
    public init(derivedFrom name: String) {
        self.init(version5Of: name, in: .komunikaNamespace)
    }

    /// The RFC 9562 name-based UUID, version 5: the first 16 bytes of the
    /// SHA-1 of `namespace`'s 16 bytes followed by `name`'s UTF-8 bytes,
    /// with the version nibble set to 5 and the variant bits to `10`.
    public init(version5Of name: String, in namespace: UUID) {
        var hash = Insecure.SHA1()
        withUnsafeBytes(of: namespace.uuid) { hash.update(bufferPointer: $0) }
        hash.update(data: Data(name.utf8))
        var bytes = Array(hash.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        self.init(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
