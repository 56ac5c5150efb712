/// Verification codes of certificates: 12 characters drawn uniformly from 32
/// that cannot be mistaken for one another (no 0/O, 1/I), by the system's
/// cryptographic random generator: 60 bits, not guessable.
enum CertificateCode {
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    static let length = 12

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        // 32 letters: the low five bits of a random byte pick one without bias.
        return String((0..<length).map { _ in alphabet[Int(UInt8.random(in: .min ... .max, using: &generator) & 31)] })
    }

    /// The form a typed code is compared in: upper case, no spaces or dashes.
    static func normalised(_ text: String) -> String {
        String(text.uppercased().filter { $0 != " " && $0 != "-" })
    }
}
