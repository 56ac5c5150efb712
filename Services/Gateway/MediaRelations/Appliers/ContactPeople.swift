import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The media-relations part's copies of contacts, as `PersonalDataHolder`:
/// exported and erased by address when the operator asks the gateway, and
/// by id when the media-relations service's `PersonErased` is applied. A
/// person's name goes (its sort key with it), an organisation's stays
/// (`ContactKind.isOrganisation`); address, phone and notes go. The search
/// index follows by its triggers and is then merged (`optimize`), so no
/// older segment keeps the erased words.
struct ContactPeople: PersonalDataHolder {
    static let cleared: [(column: String, value: String?)] = [("email", nil), ("phone", nil), ("notes", nil)]
    static let people = PersonalTable(
        "mediaContacts", kind: .contact, name: "name", cleared: cleared,
        also: [("nameSortKey", LithuanianOrder.sortKey(PersonErasure.erasedName))])
    static let organisations = PersonalTable("mediaContacts", kind: .contact, name: nil, cleared: cleared)

    func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let match = PersonalDataRows.addressMatches("email")
        let contacts = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT id AS contactId, kind, name, organisation, topics, language, email, phone, notes, createdAt
                FROM mediaContacts WHERE \(match) ORDER BY createdAt
                """, arguments: [email])
        let visits = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT id AS visitId, journalistId, status, date, purpose FROM mediaVisits
                WHERE journalistId IN (SELECT id FROM mediaContacts WHERE \(match)) ORDER BY date
                """, arguments: [email])
        return ["mediaContacts": contacts, "mediaVisits": visits]
    }

    func erase(email: String, in db: Database) throws -> Erasure {
        try Self.erase(where: PersonalDataRows.addressMatches("email"), arguments: [email], in: db)
    }

    static func erase(where condition: String, arguments: StatementArguments, in db: Database) throws -> Erasure {
        let erasure = try ContactKind.erase(
            people: people, organisations: organisations, where: condition, arguments: arguments, in: db)
        if !erasure.isEmpty {
            try db.execute(sql: "INSERT INTO mediaContactSearch(mediaContactSearch) VALUES('optimize')")
        }
        return erasure
    }
}

extension MediaRelationsReadModel {
    /// `PersonErased` from the media-relations service: its contacts lose name, address, phone and notes.
    func personErased(_ message: PersonErased, _ change: Change) throws {
        let ids = message.ids(of: .contact)
        guard !ids.isEmpty else { return }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        _ = try ContactPeople.erase(
            where: "id IN (\(marks))", arguments: StatementArguments(ids.map(\.uuidString)), in: change.db)
    }
}
