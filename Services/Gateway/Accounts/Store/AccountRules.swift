import Crypto
import Foundation

/// How long things last and how many tries a person has.
enum AccountRules {
    /// A one-time sign-in link works this long.
    static let linkLifetime: TimeInterval = 72 * 3600
    /// A session ends after this long without a request …
    static let sessionIdle: TimeInterval = 8 * 3600
    /// … and at the latest this long after signing in.
    static let sessionMaximum: TimeInterval = 7 * 24 * 3600
    /// Wrong passwords in a row that lock the account …
    static let lockAfter = 5
    /// … for this long.
    static let lockFor: TimeInterval = 15 * 60
    static let minimumPasswordLength = 10
    /// bcrypt's cost: 2^11 rounds, about a tenth of a second here.
    static let bcryptCost: UInt8 = 11

    /// A new unguessable token: 32 random bytes as hex.
    static func newToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }

    /// What the database keeps of a token: its SHA-256, so a copy of the file signs no one in.
    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `email` looks like an e-mail address: something, `@`, a domain with a dot.
    static func isEmail(_ email: String) -> Bool {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !email.contains(where: \.isWhitespace)
    }
}
