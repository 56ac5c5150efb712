import Foundation

/// The commands the gateway's ROUTER takes from `komunikactl users`: the
/// staff's personal accounts of the web application, kept in the gateway's
/// own database. A role is `submitter`, `viewer`, `editor` or `admin`.

/// `gateway.add-account`: a new account and its one-time sign-in link.
public struct AddAccount: Command {
    public static let name = "gateway.add-account"
    public typealias Result = AccountSignInLink

    public var name: String
    public var email: String
    public var role: String

    public init(name: String, email: String, role: String) {
        self.name = name
        self.email = email
        self.role = role
    }
}

/// `gateway.list-accounts`: every account, in Lithuanian order of names.
public struct ListAccounts: Command {
    public static let name = "gateway.list-accounts"
    public typealias Result = [AccountSummary]

    public init() {}
}

/// `gateway.disable-account`: the account can no longer sign in; its sessions end.
public struct DisableAccount: Command {
    public static let name = "gateway.disable-account"
    public typealias Result = AccountSummary

    public var email: String

    public init(email: String) {
        self.email = email
    }
}

/// `gateway.reset-account`: the password no longer works, the sessions end,
/// and a new one-time link lets the person set a new one (a disabled account is enabled again).
public struct ResetAccount: Command {
    public static let name = "gateway.reset-account"
    public typealias Result = AccountSignInLink

    public var email: String

    public init(email: String) {
        self.email = email
    }
}

/// A one-time link that lets a person set their password and sign in.
public struct AccountSignInLink: Codable, Sendable, Equatable {
    public var accountId: UUID
    public var name: String
    public var email: String
    public var role: String
    public var link: String
    public var expiresAt: Date

    public init(accountId: UUID, name: String, email: String, role: String, link: String, expiresAt: Date) {
        self.accountId = accountId
        self.name = name
        self.email = email
        self.role = role
        self.link = link
        self.expiresAt = expiresAt
    }
}

/// An account as `users list` shows it.
public struct AccountSummary: Codable, Sendable, Equatable {
    /// `active`, `invited` (no password set yet), `locked` (too many wrong passwords) or `disabled`.
    public var status: String
    public var accountId: UUID
    public var name: String
    public var email: String
    public var role: String
    public var createdAt: Date
    public var lastSignInAt: Date?

    public init(
        status: String, accountId: UUID, name: String, email: String, role: String, createdAt: Date, lastSignInAt: Date?
    ) {
        self.status = status
        self.accountId = accountId
        self.name = name
        self.email = email
        self.role = role
        self.createdAt = createdAt
        self.lastSignInAt = lastSignInAt
    }
}
