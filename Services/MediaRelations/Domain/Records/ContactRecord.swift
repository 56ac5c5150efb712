import Foundation
import GRDB
import MessageSchema

/// A row of `contacts`.
struct ContactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contacts"

    var id: String
    var kind: ContactKind
    var name: String
    var organisation: String?
    var topics: String
    var language: String
    var email: String?
    var phone: String?
    var notes: String?
    var createdAt: Date
    var updatedAt: Date

    init(id: UUID, details: ContactDetails, createdAt: Date) {
        self.id = id.uuidString
        kind = details.kind
        name = details.name
        topics = "[]"
        language = details.language
        self.createdAt = createdAt
        updatedAt = createdAt
        self.details = details
    }

    var details: ContactDetails {
        get {
            let list = (try? JSONDecoder().decode([String].self, from: Data(topics.utf8))) ?? []
            return ContactDetails(
                kind: kind, name: name, organisation: organisation, topics: list, language: language, email: email,
                phone: phone, notes: notes)
        }
        set {
            kind = newValue.kind
            name = newValue.name
            organisation = newValue.organisation
            topics = String(decoding: (try? JSONEncoder().encode(newValue.topics)) ?? Data("[]".utf8), as: UTF8.self)
            language = newValue.language
            email = newValue.email
            phone = newValue.phone
            notes = newValue.notes
        }
    }
}

/// A row of `contactLists`.
struct ContactListRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contactLists"

    var id: String
    var name: String
    var createdAt: Date
}

/// A row of `contactListMembers`.
struct ContactListMemberRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contactListMembers"

    var listId: String
    var contactId: String
    var addedAt: Date
}

/// A row of `doNotContact`: an address press releases are never sent to.
struct DoNotContactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "doNotContact"

    /// Lower case; the key.
    var email: String
    var reason: DoNotContactReason
    var addedAt: Date
    /// Who put it there; `nil` when the person unsubscribed by the link.
    var addedByName: String?
}
