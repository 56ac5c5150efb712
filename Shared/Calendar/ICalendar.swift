import Foundation
import MessageSchema

/// One event as a calendar shows it: the gateway's calendar feed and the
/// `.ics` attached to the mail service's mails both write these.
public struct CalendarEvent: Sendable, Equatable {
    public var id: UUID
    public var details: EventDetails
    public var cancelled: Bool
    /// When the event last changed: DTSTAMP and LAST-MODIFIED.
    public var updatedAt: Date
    /// RFC 5545 SEQUENCE: how many times the event was rescheduled, so a
    /// calendar replaces its copy with a newer invitation.
    public var sequence: Int

    public init(id: UUID, details: EventDetails, cancelled: Bool, updatedAt: Date, sequence: Int = 0) {
        self.id = id
        self.details = details
        self.cancelled = cancelled
        self.updatedAt = updatedAt
        self.sequence = sequence
    }
}

/// Events as an RFC 5545 calendar: a feed to subscribe to (`PUBLISH`), or an
/// RFC 5546 invitation (`REQUEST`) or its withdrawal (`CANCEL`) in a mail.
public enum ICalendar {
    public static let productId = "-//Lietuvos nacionalinė Martyno Mažvydo biblioteka//Komunika//LT"
    public static let uidDomain = "komunika.lnb.lt"

    /// The calendar's METHOD (RFC 5546).
    public enum Method: String, Sendable {
        case publish = "PUBLISH"
        case request = "REQUEST"
        case cancel = "CANCEL"
    }

    /// Who invites and who is invited, for a `REQUEST` or `CANCEL`.
    public struct Invitation: Sendable, Equatable {
        public var organizer: String
        public var attendee: String

        public init(organizer: String, attendee: String) {
            self.organizer = organizer
            self.attendee = attendee
        }
    }

    /// A VCALENDAR with one VEVENT per event: CRLF line endings, lines folded at 75 octets.
    public static func document(
        for events: [CalendarEvent], name: String? = "LNB renginiai", method: Method = .publish,
        invitation: Invitation? = nil
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(ICalendarText.escape(productId))",
            "CALSCALE:GREGORIAN",
            "METHOD:\(method.rawValue)",
        ]
        if let name {
            lines += ["X-WR-CALNAME:\(ICalendarText.escape(name))", "X-WR-TIMEZONE:Europe/Vilnius"]
        }
        for event in events {
            lines += vevent(event, invitation: invitation)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The unfolded content lines of one event.
    public static func vevent(_ event: CalendarEvent, invitation: Invitation? = nil) -> [String] {
        let details = event.details
        var lines = [
            "BEGIN:VEVENT",
            "UID:\(event.id.uuidString)@\(uidDomain)",
            "DTSTAMP:\(ICalendarText.dateTime(event.updatedAt))",
            "LAST-MODIFIED:\(ICalendarText.dateTime(event.updatedAt))",
            "DTSTART:\(ICalendarText.dateTime(details.startsAt))",
            "DTEND:\(ICalendarText.dateTime(details.endsAt))",
            "SUMMARY:\(ICalendarText.escape(details.title.lt))",
        ]
        if event.sequence > 0 { lines.append("SEQUENCE:\(event.sequence)") }
        if let description = details.description?.lt, !description.isEmpty {
            lines.append("DESCRIPTION:\(ICalendarText.escape(description))")
        }
        let location = details.venue.summary
        if !location.isEmpty {
            lines.append("LOCATION:\(ICalendarText.escape(location))")
        }
        if let invitation {
            lines.append("ORGANIZER:mailto:\(invitation.organizer)")
            lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:\(invitation.attendee)")
        }
        lines.append("CATEGORIES:\(ICalendarText.escape(details.type.rawValue))")
        lines.append("STATUS:\(event.cancelled ? "CANCELLED" : "CONFIRMED")")
        lines.append("END:VEVENT")
        return lines
    }
}
