import Foundation
import MessageSchema

/// The text rules of RFC 5545: escaping of TEXT values, line folding at 75
/// octets, UTC date-times.
public enum ICalendarText {
    /// The longest line, in octets, not counting its CRLF.
    public static let maximumLineOctets = 75

    /// A TEXT value: `\` `;` `,` escaped with a backslash, line breaks as `\n`,
    /// other control characters dropped.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for scalar in lines.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n": escaped += "\\n"
            // RFC 5545 TEXT admits no other control character but the tab.
            case _ where scalar.properties.generalCategory == .control && scalar != "\t": continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Folds one content line: no part longer than 75 octets, continuation
    /// parts start with one space, and no part ends inside a UTF-8 character
    /// (nor, where it fits, inside a character with combining marks).
    public static func fold(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        var limit = maximumLineOctets
        for unit in units(of: line) {
            let size = unit.utf8.count
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
                limit = maximumLineOctets - 1
            }
            current += unit
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    /// Undoes `fold`: a CRLF followed by a space or tab is removed.
    public static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
    }

    /// `20261201T160000Z`.
    public static func dateTime(_ date: Date) -> String {
        let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
        return Timestamp.format(whole).filter { $0 != "-" && $0 != ":" }
    }

    /// The pieces a line may be cut between: whole characters, or the
    /// Unicode scalars of a character too long for one line.
    private static func units(of line: String) -> [String] {
        var units: [String] = []
        for character in line {
            let text = String(character)
            if text.utf8.count < maximumLineOctets {
                units.append(text)
            } else {
                units.append(contentsOf: text.unicodeScalars.map { String($0) })
            }
        }
        return units
    }
}
