import Foundation

/// Times as staff read them: local time in Vilnius, for the texts of
/// refusals and messages (a hall already booked, the session a certificate
/// is for).
public enum VilniusTime {
    /// `2026-12-01 18:00–20:00 Vilnius time` for a span within one Vilnius
    /// day, `2026-12-01 18:00 – 2026-12-02 10:00 Vilnius time` otherwise.
    public static func span(_ start: Date, _ end: Date) -> String {
        let sameDay = Timestamp.vilniusCalendar.isDate(start, inSameDayAs: end)
        return sameDay
            ? "\(format(start, "yyyy-MM-dd HH:mm"))–\(format(end, "HH:mm")) Vilnius time"
            : "\(format(start, "yyyy-MM-dd HH:mm")) – \(format(end, "yyyy-MM-dd HH:mm")) Vilnius time"
    }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = Timestamp.vilnius
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
