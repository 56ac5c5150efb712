import Foundation

/// Time as people in Vilnius count it: spans as staff read them in the
/// texts of refusals and messages (a hall already booked, the session a
/// certificate is for), and years, quarters and months in Vilnius time.
public enum VilniusTime {
    /// `2026-12-01 18:00–20:00 Vilnius time` for a span within one Vilnius
    /// day, `2026-12-01 18:00 – 2026-12-02 10:00 Vilnius time` otherwise.
    public static func span(_ start: Date, _ end: Date) -> String {
        let sameDay = Timestamp.vilniusCalendar.isDate(start, inSameDayAs: end)
        return sameDay
            ? "\(format(start, "yyyy-MM-dd HH:mm"))–\(format(end, "HH:mm")) Vilnius time"
            : "\(format(start, "yyyy-MM-dd HH:mm")) – \(format(end, "yyyy-MM-dd HH:mm")) Vilnius time"
    }

    /// [1 January, next 1 January) of `year`, Vilnius time.
    public static func year(_ year: Int) -> (start: Date, end: Date)? {
        let calendar = Timestamp.vilniusCalendar
        guard let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1)),
            let end = calendar.date(from: DateComponents(year: year + 1, month: 1, day: 1))
        else { return nil }
        return (start, end)
    }

    /// 1…12, in Vilnius.
    public static func month(of date: Date) -> Int {
        Timestamp.vilniusCalendar.component(.month, from: date)
    }

    /// 1…4, in Vilnius.
    public static func quarter(of date: Date) -> Int {
        (month(of: date) - 1) / 3 + 1
    }

    /// The year it is in Vilnius.
    public static func currentYear(now: Date = Date()) -> Int {
        Timestamp.vilniusCalendar.component(.year, from: now)
    }

    private static func format(_ date: Date, _ pattern: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = Timestamp.vilnius
        formatter.dateFormat = pattern
        return formatter.string(from: date)
    }
}
