import Foundation
import GRDB
import ServiceKit

/// A person's account of the web application.
struct AccountRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "accounts"

    var id: String
    var name: String
    var email: String
    var role: String
    /// bcrypt; `nil` until the person sets a password through their link.
    var passwordHash: String?
    var createdAt: Date
    var disabledAt: Date?
    /// Wrong passwords in a row since the last good one.
    var failedSignIns: Int
    var lockedUntil: Date?
    var lastSignInAt: Date?

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let email = Column(CodingKeys.email)
        static let name = Column(CodingKeys.name)
    }

    var accountRole: Role { Role(rawValue: role) ?? .viewer }

    func status(now: Date) -> String {
        if disabledAt != nil { return "disabled" }
        if let lockedUntil, lockedUntil > now { return "locked" }
        return passwordHash == nil ? "invited" : "active"
    }
}

/// A one-time link's hash (the token itself is only in the link).
struct SignInLinkRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "signInLinks"

    var tokenHash: String
    var accountId: String
    var createdAt: Date
    var expiresAt: Date
    var usedAt: Date?

    enum Columns {
        static let accountId = Column(CodingKeys.accountId)
        static let usedAt = Column(CodingKeys.usedAt)
    }
}

/// A signed-in browser's session, by the hash of its cookie's token.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    static let databaseTableName = "sessions"

    var tokenHash: String
    var accountId: String
    var csrfToken: String
    var createdAt: Date
    var lastSeenAt: Date

    enum Columns {
        static let accountId = Column(CodingKeys.accountId)
        static let lastSeenAt = Column(CodingKeys.lastSeenAt)
    }
}
