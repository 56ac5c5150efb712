import Foundation

// The do-not-contact list: addresses press releases are never sent to.

/// Why an address is on the do-not-contact list.
public enum DoNotContactReason: String, Codable, Sendable, CaseIterable {
    /// The person followed the unsubscribe link of a press release's mail.
    case unsubscribed
    /// A member of staff put it there (the person asked by phone, by letter …).
    case staff
}

/// The address put on the list, and whether this command put it there.
public struct DoNotContactOutcome: Codable, Sendable, Equatable {
    /// Lower case, as the list keeps it.
    public var email: String
    /// `false` when the address was on the list already.
    public var added: Bool

    public init(email: String, added: Bool) {
        self.email = email
        self.added = added
    }
}

/// Puts an e-mail address on the do-not-contact list; an address on it
/// already is no error (`added` is `false` and nothing is published).
public struct AddToDoNotContact: Command, Equatable {
    public static let name = "media-relations.add-to-do-not-contact"
    public typealias Result = DoNotContactOutcome
    /// Compared case-insensitively: kept in lower case.
    public var email: String
    public var reason: DoNotContactReason

    public init(email: String, reason: DoNotContactReason) {
        self.email = email
        self.reason = reason
    }
}

/// An address was put on the do-not-contact list: no press release is
/// distributed to it from now on. Who did it is the envelope's actor (none
/// when the person unsubscribed by the link).
public struct DoNotContactAdded: Message, Equatable {
    public static let type = "do-not-contact.added"
    public static let version = 1
    /// Lower case.
    public var email: String
    public var reason: DoNotContactReason

    public init(email: String, reason: DoNotContactReason) {
        self.email = email
        self.reason = reason
    }
}
