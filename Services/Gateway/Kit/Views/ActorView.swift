import Foundation
import MessageSchema

/// Who did something, as the API shows it: `{"accountId": "…" or null, "name": "…"}`
/// (`accountId` is `null` for an API bearer token, whose name is the token's).
public struct ActorView: Codable, Equatable, Sendable {
    @ExplicitNull public var accountId: UUID?
    public var name: String

    public init(_ actor: Actor) {
        accountId = actor.accountId
        name = actor.name
    }
}
