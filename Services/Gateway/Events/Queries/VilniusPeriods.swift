import Foundation
import GatewayKit
import MessageSchema

/// Years, quarters and months as people in Vilnius count them.
enum VilniusPeriods {
    /// [1 January, next 1 January) of `year`, Vilnius time.
    static func year(_ year: Int) -> (start: Date, end: Date)? {
        let calendar = Timestamp.vilniusCalendar
        guard let start = calendar.date(from: DateComponents(year: year, month: 1, day: 1)),
            let end = calendar.date(from: DateComponents(year: year + 1, month: 1, day: 1))
        else { return nil }
        return (start, end)
    }

    /// 1…12, in Vilnius.
    static func month(of date: Date) -> Int {
        Timestamp.vilniusCalendar.component(.month, from: date)
    }

    /// 1…4, in Vilnius.
    static func quarter(of date: Date) -> Int {
        (month(of: date) - 1) / 3 + 1
    }

    static func currentYear(now: Date = Date()) -> Int {
        Timestamp.vilniusCalendar.component(.year, from: now)
    }
}
