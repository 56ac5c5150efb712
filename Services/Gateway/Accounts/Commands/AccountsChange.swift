import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The account commands of `komunikactl users`, inside their write
/// transaction: what they read and write of the accounts' tables.
struct AccountsChange {
    let db: Database
    let now: Date
    /// Where links point: the gateway's address as people open it.
    let publicURL: String

    func add(_ command: AddAccount) throws -> AccountSignInLink {
        let name = command.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let email = command.email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard !name.isEmpty else { throw CommandFailure(.invalid, "An account needs the person's name.") }
        guard AccountRules.isEmail(email) else {
            throw CommandFailure(.invalid, "'\(command.email)' is not an e-mail address.", details: ["field": "email"])
        }
        guard let role = Role(rawValue: command.role) else {
            let roles = Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw CommandFailure(.invalid, "The role must be one of \(roles), not '\(command.role)'.", details: ["field": "role"])
        }
        if try AccountRecord.filter(AccountRecord.Columns.email == email).fetchOne(db) != nil {
            throw CommandFailure(.conflict, "An account with the e-mail address \(email) already exists.", details: ["email": email])
        }
        let account = AccountRecord(
            id: UUID().uuidString.lowercased(), name: name, email: email, role: role.rawValue, passwordHash: nil,
            createdAt: now, disabledAt: nil, failedSignIns: 0, lockedUntil: nil, lastSignInAt: nil)
        try account.insert(db)
        return try newLink(for: account)
    }

    func list() throws -> [AccountSummary] {
        try AccountRecord.fetchAll(db)
            .sorted { LithuanianOrder.areInIncreasingOrder($0.name, $1.name) }
            .map(summary)
    }

    func disable(_ command: DisableAccount) throws -> AccountSummary {
        var account = try existing(command.email)
        if account.disabledAt == nil { account.disabledAt = now }
        try account.update(db)
        try SessionRecord.filter(SessionRecord.Columns.accountId == account.id).deleteAll(db)
        return summary(account)
    }

    func reset(_ command: ResetAccount) throws -> AccountSignInLink {
        var account = try existing(command.email)
        account.passwordHash = nil
        account.disabledAt = nil
        account.failedSignIns = 0
        account.lockedUntil = nil
        try account.update(db)
        try SessionRecord.filter(SessionRecord.Columns.accountId == account.id).deleteAll(db)
        return try newLink(for: account)
    }

    /// A new one-time link for `account`; earlier unused ones stop working.
    func newLink(for account: AccountRecord) throws -> AccountSignInLink {
        try SignInLinkRecord.filter(SignInLinkRecord.Columns.accountId == account.id && SignInLinkRecord.Columns.usedAt == nil)
            .updateAll(db, SignInLinkRecord.Columns.usedAt.set(to: now))
        let token = AccountRules.newToken()
        let expires = now.addingTimeInterval(AccountRules.linkLifetime)
        try SignInLinkRecord(tokenHash: AccountRules.hash(token), accountId: account.id, createdAt: now, expiresAt: expires, usedAt: nil)
            .insert(db)
        return AccountSignInLink(
            accountId: UUID(uuidString: account.id)!, name: account.name, email: account.email, role: account.role,
            link: "\(publicURL)/prisijungimas/nuoroda/\(token)", expiresAt: expires)
    }

    private func existing(_ email: String) throws -> AccountRecord {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let account = try AccountRecord.filter(AccountRecord.Columns.email == email).fetchOne(db) else {
            throw CommandFailure(.notFound, "No account has the e-mail address \(email).", details: ["email": email])
        }
        return account
    }

    func summary(_ account: AccountRecord) -> AccountSummary {
        AccountSummary(
            status: account.status(now: now), accountId: UUID(uuidString: account.id) ?? UUID(), name: account.name,
            email: account.email, role: account.role, createdAt: account.createdAt, lastSignInAt: account.lastSignInAt)
    }
}
