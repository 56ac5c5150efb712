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
}
