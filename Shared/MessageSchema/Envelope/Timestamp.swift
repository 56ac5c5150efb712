import Foundation

/// ISO 8601 date-times. The bus carries UTC (`2026-12-01T16:00:00Z`); people
/// see and type Europe/Vilnius times, with or without an offset.
///
/// Written out by hand: Foundation's date formatters cost far more to create
/// than a whole command costs to run, and are not safe to share between threads.
public enum Timestamp {
    public static let vilnius = TimeZone(identifier: "Europe/Vilnius")!

    /// `2026-12-01T16:00:00Z`, or with milliseconds when the date has them.
    public static func format(_ date: Date) -> String {
        render(date, offsetSeconds: 0)
    }

    /// `2026-12-01T18:00:00+02:00`: the local time in Vilnius with its offset.
    public static func formatVilnius(_ date: Date) -> String {
        render(date, offsetSeconds: vilnius.secondsFromGMT(for: date), wholeSeconds: true)
    }

    /// Accepts a date-time with `Z` or an offset (with or without fractional
    /// seconds), or a local date-time without offset, read as Europe/Vilnius.
    public static func parse(_ text: String) -> Date? {
        guard let fields = Fields(text) else { return nil }
        var components = tm()
        components.tm_year = Int32(fields.year - 1900)
        components.tm_mon = Int32(fields.month - 1)
        components.tm_mday = Int32(fields.day)
        components.tm_hour = Int32(fields.hour)
        components.tm_min = Int32(fields.minute)
        components.tm_sec = Int32(fields.second)
        let asUTC = Double(timegm(&components)) + fields.fraction
        if let offset = fields.offsetSeconds { return Date(timeIntervalSince1970: asUTC - Double(offset)) }
        // Local Vilnius time: the offset in force at that moment (checked twice around a change).
        var guess = asUTC - Double(vilnius.secondsFromGMT(for: Date(timeIntervalSince1970: asUTC)))
        guess = asUTC - Double(vilnius.secondsFromGMT(for: Date(timeIntervalSince1970: guess)))
        return Date(timeIntervalSince1970: guess)
    }

    /// Calendar of Europe/Vilnius, for months, quarters and years of events.
    public static var vilniusCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = vilnius
        return calendar
    }

    private static func render(_ date: Date, offsetSeconds: Int, wholeSeconds: Bool = false) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        var milliseconds = Int(((interval - Double(seconds)) * 1_000).rounded())
        if milliseconds == 1_000 {
            seconds += 1
            milliseconds = 0
        }
        var local = seconds + time_t(offsetSeconds)
        var parts = tm()
        gmtime_r(&local, &parts)
        var text = pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-" + pad(Int(parts.tm_mday), 2)
        text += "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2) + ":" + pad(Int(parts.tm_sec), 2)
        if !wholeSeconds && milliseconds != 0 { text += "." + pad(milliseconds, 3) }
        if offsetSeconds == 0 && !wholeSeconds { return text + "Z" }
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        return text + sign + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `YYYY-MM-DDTHH:MM[:SS[.fff…]][Z|±HH:MM]`, checked field by field.
    private struct Fields {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0
        var fraction = 0.0
        var offsetSeconds: Int?

        init?(_ text: String) {
            let bytes = Array(text.utf8)
            var index = 0
            func number(_ width: Int) -> Int? {
                guard index + width <= bytes.count else { return nil }
                var value = 0
                for byte in bytes[index..<index + width] {
                    guard (48...57).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                index += width
                return value
            }
            func expect(_ character: UInt8) -> Bool {
                guard index < bytes.count, bytes[index] == character else { return false }
                index += 1
                return true
            }
            guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
                index < bytes.count, bytes[index] == 84 || bytes[index] == 116
            else { return nil }
            index += 1
            guard let hour = number(2), expect(58), let minute = number(2) else { return nil }
            self.year = year
            self.month = month
            self.day = day
            self.hour = hour
            self.minute = minute
            if expect(58) {
                guard let second = number(2) else { return nil }
                self.second = second
                if expect(46) {
                    let start = index
                    while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
                    guard index > start, let digits = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self))
                    else { return nil }
                    fraction = digits
                }
            }
            if index < bytes.count {
                if bytes[index] == 90 || bytes[index] == 122 {
                    index += 1
                    offsetSeconds = 0
                } else if bytes[index] == 43 || bytes[index] == 45 {
                    let negative = bytes[index] == 45
                    index += 1
                    guard let hours = number(2), expect(58), let minutes = number(2), hours < 24, minutes < 60 else { return nil }
                    offsetSeconds = (hours * 3_600 + minutes * 60) * (negative ? -1 : 1)
                } else {
                    return nil
                }
            }
            guard index == bytes.count, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60,
                second < 60
            else { return nil }
            // Refuse days a month does not have (31 April, 30 February).
            var days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            if month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { days = 29 }
            guard day <= days else { return nil }
        }
    }
}
