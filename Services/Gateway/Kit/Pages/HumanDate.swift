import Foundation
import MessageSchema

/// Dates and times as people read them, in Europe/Vilnius: Lithuanian
/// `2027 m. vasario 24 d.`, `2027 m. vasario 24 d. 18:00`; English
/// `24 February 2027`, `24 February 2027, 18:00`.
public enum HumanDate {
    /// Month names in the genitive, as a Lithuanian date needs them.
    public static let lithuanianMonths = [
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
        "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
    ]
    /// Month names in the nominative, for a month's heading (`2027 m. vasaris`).
    public static let lithuanianMonthHeadings = [
        "sausis", "vasaris", "kovas", "balandis", "gegužė", "birželis",
        "liepa", "rugpjūtis", "rugsėjis", "spalis", "lapkritis", "gruodis",
    ]
    public static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static var calendar: Calendar { Timestamp.vilniusCalendar }

    /// The day of `date` in Vilnius.
    public static func day(_ date: Date, in language: Language) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return day(year: parts.year!, month: parts.month!, day: parts.day!, in: language)
    }

    public static func day(_ day: CalendarDay, in language: Language) -> String {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        return self.day(year: parts[0], month: parts[1], day: parts[2], in: language)
    }

    public static func day(year: Int, month: Int, day: Int, in language: Language) -> String {
        switch language {
        case .lt: "\(year) m. \(lithuanianMonths[month - 1]) \(day) d."
        case .en: "\(day) \(englishMonths[month - 1]) \(year)"
        }
    }

    /// The day and the time of day of `date` in Vilnius.
    public static func dayAndTime(_ date: Date, in language: Language) -> String {
        let separator = language == .lt ? " " : ", "
        return day(date, in: language) + separator + time(date)
    }

    /// `18:00` in Vilnius.
    public static func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour!, parts.minute!)
    }

    /// A month's heading: `2027 m. vasaris`, `February 2027`.
    public static func month(year: Int, month: Int, in language: Language) -> String {
        switch language {
        case .lt: "\(year) m. \(lithuanianMonthHeadings[month - 1])"
        case .en: "\(englishMonths[month - 1]) \(year)"
        }
    }

    /// The value of an `<input type="datetime-local">` for `date` in Vilnius: `2027-02-24T18:00`.
    public static func inputValue(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!)
    }

    /// Reads an `<input type="datetime-local">` value as a time in Vilnius; `nil` when it is not one.
    public static func parseInput(_ text: String) -> Date? {
        let pieces = text.split(whereSeparator: { $0 == "-" || $0 == "T" || $0 == ":" }).map { Int($0) }
        guard pieces.count >= 5, pieces.allSatisfy({ $0 != nil }) else { return nil }
        let components = DateComponents(
            year: pieces[0], month: pieces[1], day: pieces[2], hour: pieces[3], minute: pieces[4])
        guard let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date)
                == DateComponents(year: pieces[0], month: pieces[1], day: pieces[2])
        else { return nil }
        return date
    }
}
