import Foundation
import GRDB
import GatewayKit
import HummingbirdBcrypt
import MessageSchema
import ServiceKit
import Store

/// The accounts part's intent methods over the gateway's database: signing
/// in and out, one-time links, sessions. Passwords are kept only as bcrypt
/// hashes, tokens only as SHA-256 hashes.
public struct AccountsStore: SessionStore {
    let database: ServiceDatabase

    public init(database: ServiceDatabase) {
        self.database = database
    }

    /// What a sign-in attempt came to.
    enum SignInOutcome: Equatable {
        /// The new session's cookie token.
        case signedIn(sessionToken: String)
        /// A wrong e-mail address or password (which of them is not said).
        case wrongCredentials
        /// Too many wrong passwords in a row: locked until then.
        case locked(until: Date)
    }

    /// Checks `password` for `email`; a fifth wrong one in a row locks the account.
    func signIn(email: String, password: String, now: Date = Date()) async throws -> SignInOutcome {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let account = try await database.writer.read { db in
            try AccountRecord.filter(AccountRecord.Columns.email == email).fetchOne(db)
        }
        if let lockedUntil = account?.lockedUntil, lockedUntil > now { return .locked(until: lockedUntil) }
        // An unknown address costs as much time as a known one.
        let hash = account?.passwordHash ?? Self.unusableHash
        let matches = await Self.verify(password, hash: hash)
        guard let account, account.disabledAt == nil, account.passwordHash != nil else { return .wrongCredentials }
        return try await database.writer.write { db in
            guard var current = try AccountRecord.fetchOne(db, key: account.id) else { return .wrongCredentials }
            guard matches else {
                current.failedSignIns += 1
                var outcome = SignInOutcome.wrongCredentials
                if current.failedSignIns >= AccountRules.lockAfter {
                    current.lockedUntil = now.addingTimeInterval(AccountRules.lockFor)
                    current.failedSignIns = 0
                    outcome = .locked(until: current.lockedUntil!)
                }
                try current.update(db)
                return outcome
            }
            current.failedSignIns = 0
            current.lockedUntil = nil
            current.lastSignInAt = now
            try current.update(db)
            return .signedIn(sessionToken: try Self.newSession(for: current.id, now: now, in: db))
        }
    }

    /// The account a one-time link is for, while it is unused and unexpired.
    func linkAccount(token: String, now: Date = Date()) async throws -> (name: String, email: String)? {
        try await database.writer.read { db in
            guard let link = try Self.validLink(token, now: now, in: db),
                let account = try AccountRecord.fetchOne(db, key: link.accountId)
            else { return nil }
            return (account.name, account.email)
        }
    }

    /// Sets the password of a link's account, uses the link up, and signs the person in;
    /// `nil` when the link no longer works.
    func setPassword(linkToken: String, password: String, now: Date = Date()) async throws -> String? {
        let hash = await Self.hash(password)
        return try await database.writer.write { db in
            guard var link = try Self.validLink(linkToken, now: now, in: db),
                var account = try AccountRecord.fetchOne(db, key: link.accountId)
            else { return nil }
            link.usedAt = now
            try link.update(db)
            account.passwordHash = hash
            account.failedSignIns = 0
            account.lockedUntil = nil
            account.disabledAt = nil
            account.lastSignInAt = now
            try account.update(db)
            return try Self.newSession(for: account.id, now: now, in: db)
        }
    }

    /// Ends the session of `token`.
    func signOut(token: String) async throws {
        _ = try await database.writer.write { db in try SessionRecord.deleteOne(db, key: AccountRules.hash(token)) }
    }

    public func session(token: String) async throws -> SignedInSession? {
        try await session(token: token, now: Date())
    }

    /// The session of `token` at `now`: it ends after `sessionIdle` without
    /// use and `sessionMaximum` after signing in, and with its account's disabling.
    func session(token: String, now: Date) async throws -> SignedInSession? {
        let key = AccountRules.hash(token)
        // Read first: a page request writes only when its session ended or its last use slides.
        let found = try await database.writer.read { db -> (SessionRecord, AccountRecord?)? in
            guard let session = try SessionRecord.fetchOne(db, key: key) else { return nil }
            return (session, try AccountRecord.fetchOne(db, key: session.accountId))
        }
        guard let (session, account) = found else { return nil }
        guard let account, account.disabledAt == nil,
            now.timeIntervalSince(session.lastSeenAt) < AccountRules.sessionIdle,
            now.timeIntervalSince(session.createdAt) < AccountRules.sessionMaximum
        else {
            _ = try await database.writer.write { db in try SessionRecord.deleteOne(db, key: key) }
            return nil
        }
        if now.timeIntervalSince(session.lastSeenAt) > 60 {
            // A session signed out meanwhile is updated nowhere.
            _ = try await database.writer.write { db in
                try SessionRecord.filter(key: key).updateAll(db, SessionRecord.Columns.lastSeenAt.set(to: now))
            }
        }
        return SignedInSession(
            identity: StaffIdentity(accountId: UUID(uuidString: account.id), name: account.name, role: account.accountRole),
            csrfToken: session.csrfToken)
    }

    /// Every account, for the admins' page.
    func accounts(now: Date = Date()) async throws -> [AccountSummary] {
        try await database.writer.read { db in try AccountsChange(db: db, now: now, publicURL: "").list() }
    }

    private static func validLink(_ token: String, now: Date, in db: Database) throws -> SignInLinkRecord? {
        guard let link = try SignInLinkRecord.fetchOne(db, key: AccountRules.hash(token)), link.usedAt == nil, link.expiresAt > now
        else { return nil }
        return link
    }

    private static func newSession(for accountId: String, now: Date, in db: Database) throws -> String {
        let token = AccountRules.newToken()
        try SessionRecord(
            tokenHash: AccountRules.hash(token), accountId: accountId, csrfToken: AccountRules.newToken(), createdAt: now,
            lastSeenAt: now
        ).insert(db)
        return token
    }

    /// A bcrypt hash no password matches, to spend the same time on an unknown address.
    static let unusableHash = Bcrypt.hash(AccountRules.newToken(), cost: AccountRules.bcryptCost)

    /// bcrypt off the request's thread: it takes a tenth of a second on purpose.
    static func hash(_ password: String) async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Bcrypt.hash(password, cost: AccountRules.bcryptCost)) }
        }
    }

    static func verify(_ password: String, hash: String) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Bcrypt.verify(password, hash: hash)) }
        }
    }
}
