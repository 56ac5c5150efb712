import Foundation
import MessageSchema

/// A date and time in a mail, in Vilnius: `2027 m. vasario 24 d. 18:00`,
/// `24 February 2027, 18:00` (the gateway's `HumanDate` writes the same).
enum MailDates {
    static let lithuanianMonths = [
        "sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio",
        "liepos", "rugpjūčio", "rugsėjo", "spalio", "lapkričio", "gruodžio",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    static func dayAndTime(_ date: Date, language: String) -> String {
        let parts = Timestamp.vilniusCalendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour!, parts.minute!)
        if language == "en" { return "\(parts.day!) \(englishMonths[parts.month! - 1]) \(parts.year!), \(time)" }
        return "\(parts.year!) m. \(lithuanianMonths[parts.month! - 1]) \(parts.day!) d. \(time)"
    }

    /// A day: `2027 m. kovo 3 d.`.
    static func day(_ day: CalendarDay) -> String {
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        return "\(parts[0]) m. \(lithuanianMonths[parts[1] - 1]) \(parts[2]) d."
    }

    /// `n` days in Lithuanian: `1 diena`, `3 dienos`, `10 dienų`, `21 diena`.
    static func days(_ count: Int) -> String {
        let (last, lastTwo) = (count % 10, count % 100)
        if last == 1 && lastTwo != 11 { return "\(count) diena" }
        if (2...9).contains(last) && !(12...19).contains(lastTwo) { return "\(count) dienos" }
        return "\(count) dienų"
    }
}
