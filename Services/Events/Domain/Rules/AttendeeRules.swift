import Foundation
import MessageSchema

/// What a person registering must give.
enum AttendeeRules {
    static func normalised(_ attendee: Attendee) -> Attendee {
        Attendee(name: attendee.name.trimmed, email: attendee.email.trimmed, organisation: attendee.organisation.trimmedOrNil)
    }

    /// Refuses with `.invalid` a missing name or an e-mail address without "@".
    static func validate(_ attendee: Attendee) throws {
        let attendee = normalised(attendee)
        if attendee.name.isEmpty {
            throw EventRules.invalid("attendee.name", "The attendee's name (attendee.name) is required.")
        }
        let parts = attendee.email.split(separator: "@", omittingEmptySubsequences: false)
        if parts.count != 2 || parts[0].isEmpty || parts[1].isEmpty || attendee.email.contains(where: \.isWhitespace) {
            throw EventRules.invalid(
                "attendee.email", "'\(attendee.email)' is not an e-mail address (attendee.email needs a name, '@' and a domain).")
        }
    }

    /// The form two addresses are compared in: case does not matter.
    static func emailKey(_ email: String) -> String { email.trimmed.lowercased() }
}
