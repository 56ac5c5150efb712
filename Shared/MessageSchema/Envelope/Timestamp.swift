import Foundation

/// ISO 8601 date-times. The bus carries UTC (`2026-12-01T16:00:00Z`); people
/// see and type Europe/Vilnius times, with or without an offset.
public enum Timestamp {
    public static let vilnius = TimeZone(identifier: "Europe/Vilnius")!

    /// `2026-12-01T16:00:00Z`, or with milliseconds when the date has them.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let whole = date.timeIntervalSince1970.rounded(.down) == date.timeIntervalSince1970
        formatter.formatOptions = whole ? [.withInternetDateTime] : [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }

    /// `2026-12-01T18:00:00+02:00`: the local time in Vilnius with its offset.
    public static func formatVilnius(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = vilnius
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Accepts a date-time with `Z` or an offset (with or without fractional
    /// seconds), or a local date-time without offset, read as Europe/Vilnius.
    public static func parse(_ text: String) -> Date? {
        let withOffset = ISO8601DateFormatter()
        withOffset.formatOptions = [.withInternetDateTime]
        if let date = withOffset.date(from: text) { return date }
        withOffset.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withOffset.date(from: text) { return date }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = vilnius
        for pattern in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm"] {
            local.dateFormat = pattern
            if let date = local.date(from: text) { return date }
        }
        return nil
    }

    /// Calendar of Europe/Vilnius, for months, quarters and years of events.
    public static var vilniusCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = vilnius
        return calendar
    }
}
