import Foundation

extension UUID {
    /// The same UUID for the same `name`, every time and on every machine:
    /// the id of something a service creates in reaction to a message (the
    /// feedback survey of an event), so that the reaction, whenever and
    /// however often it runs, names the same thing. Two 64-bit FNV-1a hashes
    /// of the name's UTF-8 bytes, shaped as a version-8 (custom) UUID.
    public init(derivedFrom name: String) {
        func fnv1a(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in name.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            return hash
        }
        let high = fnv1a(0xCBF2_9CE4_8422_2325)
        let low = fnv1a(0x6C62_272E_07BB_0142)
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (56 - 8 * index))
            bytes[8 + index] = UInt8(truncatingIfNeeded: low >> (56 - 8 * index))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x80
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        self.init(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
