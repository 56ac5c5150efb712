import Foundation
import GRDB
import MessageSchema

/// A service that keeps people's names and addresses (events: registrations;
/// training: enrolments and certificates; surveys: respondents' contact
/// details; media-relations: contacts; the gateway: its read model of all
/// of these) and can export and erase them. Every method runs inside one
/// write transaction that `PersonalDataEraser` opens; the holder touches
/// only its own tables — the outbox, stored replies and dead letters are
/// rewritten by `PersonalTraces`, and `PersonErased` published, by the eraser.
///
/// Erasing anonymises, it does not delete: the row stays with its status,
/// place, attendance and answers, so every count and statistic is
/// unchanged; its name becomes `PersonErasure.erasedName` and its address
/// `PersonErasure.erasedEmail`. Staff (accounts, the activity history's
/// actors, who approved what) are not people in this sense and stay.
public protocol PersonalDataHolder: Sendable {
    /// What the service keeps on the person with the address `email`
    /// (`PersonErasure.key`: trimmed, lower case), by table: each a list of rows.
    func export(email: String, in db: Database) throws -> [String: JSONValue]
    /// Anonymises every row of the person with the address `email`; what it erased.
    func erase(email: String, in db: Database) throws -> Erasure
    /// Anonymises the rows kept past their time: registrations, enrolments
    /// and contact details of events, sessions and surveys that ended before `cutoff`.
    func eraseExpired(endedBefore cutoff: Date, in db: Database) throws -> Erasure
}

extension PersonalDataHolder {
    /// A holder whose data has no end date keeps it until asked.
    public func eraseExpired(endedBefore cutoff: Date, in db: Database) throws -> Erasure { Erasure() }
}

/// What one erasure found and changed: the records (for `PersonErased`) and
/// the texts removed from them, each with what replaces it (for `PersonalTraces`).
public struct Erasure: Sendable, Equatable {
    public var records: [ErasedRecord] = []
    public var texts: [String: String] = [:]

    public init() {}

    /// Nothing found: no record and no text (a holder may erase texts of rows
    /// that are no record of their own, such as an invitation or a mail).
    public var isEmpty: Bool { records.isEmpty && texts.isEmpty }

    /// Notes that the record `id` of `kind` was erased, with the texts it held:
    /// its person's `name` (replaced by `PersonErasure.erasedName`) and the
    /// `others` (address, phone, notes: replaced by nothing).
    public mutating func add(_ kind: ErasedRecord.Kind, id: String, name: String?, others: [String?] = []) {
        if let uuid = UUID(uuidString: id), !records.contains(ErasedRecord(kind, uuid)) {
            records.append(ErasedRecord(kind, uuid))
        }
        if let name, !name.isEmpty, name != PersonErasure.erasedName { texts[name] = PersonErasure.erasedName }
        for case let text? in others where !text.isEmpty { texts[text] = PersonErasure.erasedEmail }
    }

    /// How many records of each kind, as the operator reads it: `{"registration": 2}`.
    public var counts: JSONValue {
        var counts: [String: JSONValue] = [:]
        for kind in ErasedRecord.Kind.allCases {
            let count = records.filter { $0.kind == kind }.count
            if count > 0 { counts[kind.rawValue] = .number(Double(count)) }
        }
        return .object(counts)
    }
}

extension Erasure {
    /// Adds what `other` erased (the gateway's parts, one after another).
    public mutating func merge(_ other: Erasure) {
        for record in other.records where !records.contains(record) { records.append(record) }
        texts.merge(other.texts) { first, _ in first }
    }
}
