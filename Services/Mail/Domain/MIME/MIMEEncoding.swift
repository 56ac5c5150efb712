import Foundation

/// The encodings of RFC 2045 and RFC 2047: quoted-printable and base64
/// bodies, encoded-words for headers, and folding of header lines.
public enum MIMEEncoding {
    /// The longest line of a quoted-printable or base64 body (RFC 2045 §6.7, §6.8).
    static let bodyLineLength = 76
    /// The most UTF-8 bytes in one encoded-word: 52 base64 characters, so a
    /// word is 64 characters and its header line stays under 78.
    static let wordBytes = 39

    /// A header's unstructured text (a subject): as is when it is printable
    /// ASCII and short, else RFC 2047 `=?UTF-8?B?…?=` words, each whole
    /// characters, on folded lines.
    public static func unstructured(_ text: String, headerName: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if plain && headerName.count + 2 + text.count <= 78 { return text }
        return encodedWords(text).joined(separator: "\r\n ")
    }

    /// A display name: an atom when it is plain, a quoted string when it has
    /// specials, encoded-words when it is not ASCII.
    public static func phrase(_ text: String) -> String {
        let ascii = text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        guard ascii else { return encodedWords(text).joined(separator: " ") }
        let atomText = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "!#$%&'*+-/=?^_`{|}~ "))
        if text.unicodeScalars.allSatisfy({ atomText.contains($0) }) { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }

    /// `text` as base64 encoded-words of at most `wordBytes` bytes, never
    /// splitting a character.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if !chunk.isEmpty && chunk.count + bytes.count > wordBytes {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words
    }

    /// A text body as quoted-printable (RFC 2045 §6.7) with CRLF line breaks:
    /// every byte outside printable ASCII and `=` as `=XX`, a space or tab at
    /// a line's end encoded, lines soft-broken with `=` at 76 characters.
    public static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        return normalized.components(separatedBy: "\n").map(quotedPrintableLine).joined(separator: "\r\n")
    }

    private static func quotedPrintableLine(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var tokens: [String] = []
        for (index, byte) in bytes.enumerated() {
            let last = index == bytes.count - 1
            let printable = (byte >= 33 && byte <= 126 && byte != 61) || ((byte == 32 || byte == 9) && !last)
            tokens.append(printable ? String(UnicodeScalar(byte)) : String(format: "=%02X", byte))
        }
        var lines: [String] = []
        var current = ""
        for token in tokens {
            // A soft break takes one character: "=" at the end of the line.
            if current.count + token.count > bodyLineLength - 1 {
                lines.append(current + "=")
                current = ""
            }
            current += token
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// Bytes as base64 in lines of 76 characters, CRLF between them.
    public static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var lines: [String] = []
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: bodyLineLength, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n")
    }

    /// `Tue, 01 Dec 2026 17:29:04 +0000` (RFC 5322 §3.3), in UTC; by hand,
    /// as `Timestamp` writes its dates (no formatter to make per mail).
    public static func date(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let day = String(format: "%02d", parts.tm_mday)
        let time = String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
        return "\(days[Int(parts.tm_wday)]), \(day) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) \(time) +0000"
    }
}
