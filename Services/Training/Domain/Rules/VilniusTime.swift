import Foundation
import MessageSchema

/// Times as staff read them: local time in Vilnius.
enum VilniusTime {
    static func span(_ start: Date, _ end: Date) -> String {
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
