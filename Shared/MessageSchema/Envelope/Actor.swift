import Foundation

/// The person a command acts for, carried from the gateway on the
/// `CommandRequest` and kept on every message the command produces
/// (`Envelope.actor`): a signed-in staff member's account id and name, or,
/// for a bearer token of the JSON API, no account id and the token's name.
public struct Actor: Codable, Sendable, Equatable {
    /// The staff member's account; `nil` for an API bearer token.
    public var accountId: UUID?
    /// The person's name as staff read it, or the bearer token's name.
    public var name: String

    public init(accountId: UUID? = nil, name: String) {
        self.accountId = accountId
        self.name = name
    }
}
