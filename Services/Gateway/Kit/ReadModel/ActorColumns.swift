import Foundation
import GRDB
import MessageSchema

/// The two columns of a read-model table that keep an `Actor`:
/// `<prefix>AccountId` (text, `NULL` for an API token) and `<prefix>Name`
/// (`NULL` when nobody is known) — `approvedBy` gives `approvedByAccountId`
/// and `approvedByName`.
public struct ActorColumns: Sendable {
    public let prefix: String

    public init(_ prefix: String) {
        self.prefix = prefix
    }

    public var accountId: String { "\(prefix)AccountId" }
    public var name: String { "\(prefix)Name" }

    /// Adds both columns to a table being altered.
    public func add(to table: TableAlteration) {
        table.add(column: accountId, .text)
        table.add(column: name, .text)
    }

    /// The columns' values for `actor`, to set with an `UPDATE`.
    public func values(_ actor: Actor?) -> [(String, (any DatabaseValueConvertible)?)] {
        [(accountId, actor?.accountId?.uuidString), (name, actor?.name)]
    }

    /// The actor a row keeps; `nil` when its name is `NULL`. An account id
    /// that is not a UUID is read as none rather than failing the row.
    public func actor(in row: Row) -> Actor? {
        guard let actorName: String = row[self.name] else { return nil }
        let actorAccountId: String? = row[self.accountId]
        return Actor(accountId: actorAccountId.flatMap(UUID.init(uuidString:)), name: actorName)
    }
}

extension Change {
    /// Who the message's change was made for, as its envelope says.
    public var actor: Actor? { envelope.actor }
}
