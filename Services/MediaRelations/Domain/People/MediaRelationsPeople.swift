import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the media-relations service keeps on people: its contacts (name,
/// address, phone, notes) — journalists above all — and the visits and
/// press-release distributions that name them by id. Erasing a contact
/// keeps it, its list memberships, visits and the press releases' recipient
/// counts, with no address, phone or notes; a journalist's (or another
/// person's) name becomes `PersonErasure.erasedName`, an organisation's name
/// (`ContactKind.isOrganisation`) stays.
public struct MediaRelationsPeople: PersonalDataHolder {
    public init() {}

    public func export(email: String, in db: Database) throws -> [String: JSONValue] {
        let match = PersonalDataRows.addressMatches("email")
        let contacts = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT id AS contactId, kind, name, organisation, topics, language, email, phone, notes, createdAt, updatedAt
                FROM contacts WHERE \(match) ORDER BY createdAt
                """, arguments: [email])
        let visits = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT id AS visitId, journalistId, status, date, purpose FROM visits
                WHERE journalistId IN (SELECT id FROM contacts WHERE \(match)) ORDER BY date
                """, arguments: [email])
        let lists = try PersonalDataRows.fetch(
            db,
            sql: """
                SELECT m.contactId, l.name AS list, m.addedAt FROM contactListMembers m JOIN contactLists l ON l.id = m.listId
                WHERE m.contactId IN (SELECT id FROM contacts WHERE \(match)) ORDER BY m.addedAt
                """, arguments: [email])
        return ["contacts": contacts, "visits": visits, "contactLists": lists]
    }

    static let cleared: [(column: String, value: String?)] = [("email", nil), ("phone", nil), ("notes", nil)]
    static let people = PersonalTable("contacts", kind: .contact, name: "name", cleared: cleared)
    static let organisations = PersonalTable("contacts", kind: .contact, name: nil, cleared: cleared)

    public func erase(email: String, in db: Database) throws -> Erasure {
        try ContactKind.erase(
            people: Self.people, organisations: Self.organisations, where: PersonalDataRows.addressMatches("email"),
            arguments: [email], in: db)
    }
}
