import Foundation

/// A day of the calendar, `2026-12-01`, without a time: the day a licence or
/// a consent runs out (it is valid through that day), the days a campaign
/// runs, a submission's wished date. On the wire and in the databases it is
/// that `YYYY-MM-DD` text, whose text order is day order (campaign messages
/// carry it as a `String` checked with `isValid`, brand messages as this
/// type: the JSON is the same string); as a `Date` it is 00:00 UTC of the day.
public struct CalendarDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Reads `YYYY-MM-DD` in ASCII digits; `nil` for anything else or an
    /// impossible day (2026-02-30).
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        dayNumber = Self.daysFromCivil(year: year, month: month, day: day)
    }

    /// Whether `text` is a real day of the Gregorian calendar, written `YYYY-MM-DD`.
    public static func isValid(_ text: String) -> Bool { CalendarDay(text) != nil }

    /// The day `date` falls on in Europe/Vilnius.
    public init(vilnius date: Date) {
        let local = date.timeIntervalSince1970 + Double(Timestamp.vilnius.secondsFromGMT(for: date))
        dayNumber = Int((local / 86_400).rounded(.down))
    }

    /// 00:00 UTC of the day.
    public var date: Date { Date(timeIntervalSince1970: Double(dayNumber) * 86_400) }

    /// 00:00 of the day in Europe/Vilnius: where the day starts for people there.
    public var startInVilnius: Date {
        let (year, month, day) = Self.civil(from: dayNumber)
        return Timestamp.vilniusCalendar.date(from: DateComponents(year: year, month: month, day: day)) ?? date
    }

    /// The day `date` falls on in UTC: the inverse of `date`.
    public init(utc date: Date) {
        dayNumber = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// Days from `self` to `other`: positive when `other` is later.
    public func days(until other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    public var description: String {
        let (year, month, day) = Self.civil(from: dayNumber)
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = CalendarDay(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a day such as 2026-12-01")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The number of days in `month` (1–12) of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's `days_from_civil`.
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Howard Hinnant's `civil_from_days`.
    private static func civil(from days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
