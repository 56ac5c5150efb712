import Foundation
import GRDB

/// Places with a waiting list, the rule the events service's registrations
/// and the training service's enrolments share: every entry of a list (an
/// event, a session) has a `status` (`accepted`, `waitlisted` or
/// `cancelled`) and a `queueNumber`, its arrival order within the list.
/// Places are counted by status, and the waiting list moves up oldest
/// first. The entries live in `table`, `id` and `listColumn` holding UUID text.
public struct WaitingList: Sendable {
    public let table: String
    public let listColumn: String

    /// `WaitingList(table: "registrations", listColumn: "eventId")`.
    public init(table: String, listColumn: String) {
        self.table = table
        self.listColumn = listColumn
    }

    /// How many entries of `list` have `status`.
    public func count<Status: RawRepresentable>(_ status: Status, of list: UUID, in db: Database) throws -> Int
    where Status.RawValue == String {
        try count(status: status.rawValue, of: list, in: db)
    }

    private func count(status: String, of list: UUID, in db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(listColumn) = ? AND status = ?",
            arguments: [list.uuidString, status]) ?? 0
    }

    /// The waiting-list place of the waitlisted entry with `queueNumber`, 1 first.
    public func position(ofQueueNumber queueNumber: Int64, of list: UUID, in db: Database) throws -> Int {
        try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(listColumn) = ? AND status = 'waitlisted' AND queueNumber <= ?",
            arguments: [list.uuidString, queueNumber]) ?? 0
    }

    /// The queue number the next entry of `list` gets.
    public func nextQueueNumber(of list: UUID, in db: Database) throws -> Int64 {
        let last = try Int64.fetchOne(
            db, sql: "SELECT MAX(queueNumber) FROM \(table) WHERE \(listColumn) = ?", arguments: [list.uuidString])
        return (last ?? 0) + 1
    }

    /// Accepts waitlisted entries, oldest first, while fewer than `capacity`
    /// are accepted; returns their ids in that order, for the caller to
    /// announce each.
    public func fillPlaces(capacity: Int, of list: UUID, in db: Database) throws -> [UUID] {
        let free = capacity - (try count(status: "accepted", of: list, in: db))
        guard free > 0 else { return [] }
        let texts = try String.fetchAll(
            db,
            sql: "SELECT id FROM \(table) WHERE \(listColumn) = ? AND status = 'waitlisted' ORDER BY queueNumber LIMIT ?",
            arguments: [list.uuidString, free])
        return try texts.map { text in
            guard let id = UUID(uuidString: text) else { throw UnreadableEntry(table: table, id: text) }
            try db.execute(sql: "UPDATE \(table) SET status = 'accepted' WHERE id = ?", arguments: [text])
            return id
        }
    }
}

/// An entry whose id is not a UUID: the command fails and its transaction is rolled back.
public struct UnreadableEntry: Error, CustomStringConvertible {
    public let table: String
    public let id: String

    public var description: String { "\(table) has an entry whose id '\(id)' is not a UUID" }
}
