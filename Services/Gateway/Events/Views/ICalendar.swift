import Foundation
import GatewayKit
import MessageSchema

/// Events as an RFC 5545 calendar, for calendar programs to subscribe to.
enum ICalendar {
    static let productId = "-//Lietuvos nacionalinė Martyno Mažvydo biblioteka//Komunika//LT"
    static let uidDomain = "komunika.lnb.lt"

    /// A VCALENDAR with one VEVENT per event: CRLF line endings, lines folded at 75 octets.
    static func document(for events: [EventRecord], name: String = "LNB renginiai") -> String {
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:\(ICalendarText.escape(productId))",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:\(ICalendarText.escape(name))",
            "X-WR-TIMEZONE:Europe/Vilnius",
        ]
        for event in events {
            lines += vevent(event)
        }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// The unfolded content lines of one event.
    static func vevent(_ event: EventRecord) -> [String] {
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
        if let description = details.description?.lt, !description.isEmpty {
            lines.append("DESCRIPTION:\(ICalendarText.escape(description))")
        }
        let location = details.venue.summary
        if !location.isEmpty {
            lines.append("LOCATION:\(ICalendarText.escape(location))")
        }
        lines.append("CATEGORIES:\(ICalendarText.escape(details.type.rawValue))")
        lines.append("STATUS:\(event.status == .cancelled ? "CANCELLED" : "CONFIRMED")")
        lines.append("END:VEVENT")
        return lines
    }
}
