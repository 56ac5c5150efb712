import Foundation

/// A holder of a person's data (a domain service) erased what it held on
/// one person: at their request (`komunikactl people erase`, the operations
/// page) or because the retention time ran out. It carries no address and
/// no name — only the ids of the records erased — so every other holder
/// (the gateway's read model, the mail service's log) can erase the same
/// records by id, and the message itself can be kept and replayed forever.
///
/// The mail service (`komunika-mail`) is a holder too: it applies every
/// source's `PersonErased` to the mails it logged for those records (it
/// keeps, with each mail, the registration, enrolment, certificate, response
/// or contact id of the message that caused it), answers `people-export`
/// and `people-erase` by address on its ROUTER (its mail log and
/// do-not-contact list hold addresses no other service has: keep the
/// do-not-contact entry as a keyed hash so the address stays unreachable),
/// rewrites its stored `.eml`/bodies, and sends nothing to an address that
/// is `PersonErasure.erasedEmail` (a replayed, already erased message).
///
/// Erasing keeps every count: a registration stays a registration (its
/// status, its place, its attendance), only its person becomes
/// `PersonErasure.erasedName` and its address empty. Applying the message
/// twice changes nothing the second time.
public struct PersonErased: Message, Equatable {
    public static let type = "person.erased"
    public static let version = 1

    /// One erasure request: the same id in the message of every service the request reached.
    public var erasureId: UUID
    public var reason: ErasureReason
    /// What was erased, by kind and id (the holder's own ids, which its messages carry).
    public var records: [ErasedRecord]

    public init(erasureId: UUID, reason: ErasureReason, records: [ErasedRecord]) {
        self.erasureId = erasureId
        self.reason = reason
        self.records = records
    }

    /// The ids of the records of `kind`.
    public func ids(of kind: ErasedRecord.Kind) -> [UUID] {
        records.filter { $0.kind == kind }.map(\.id)
    }
}

public enum ErasureReason: String, Codable, Sendable, CaseIterable {
    /// The person asked (GDPR art. 17).
    case request
    /// The retention time after the event, session or survey ran out.
    case retention
}

/// A record whose person was erased.
public struct ErasedRecord: Codable, Sendable, Equatable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// An event registration (events: `registrationId`).
        case registration
        /// A training enrolment (training: `enrolmentId`).
        case enrolment
        /// A certificate, by its id (training: `certificateId`).
        case certificate
        /// A survey response's contact details (surveys: `responseId`).
        case surveyResponse = "survey-response"
        /// A media contact (media-relations: `contactId`).
        case contact
    }

    public var kind: Kind
    public var id: UUID

    public init(_ kind: Kind, _ id: UUID) {
        self.kind = kind
        self.id = id
    }
}

/// What erased data becomes, the same in every holder.
public enum PersonErasure {
    /// The name of an erased person, as pages show it.
    public static let erasedName = "ištrinta"
    /// The address of an erased person: none.
    public static let erasedEmail = ""
    /// How long a person's registrations, enrolments and survey contact
    /// details are kept after their event or session ended (unless
    /// `KOMUNIKA_RETENTION_MONTHS` says otherwise).
    public static let defaultRetentionMonths = 12

    /// `email` as holders compare it: trimmed, lower case.
    public static func key(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
