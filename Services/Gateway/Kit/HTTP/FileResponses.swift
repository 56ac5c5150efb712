import Foundation
import Hummingbird

/// `Content-Disposition` for a download (RFC 6266): an ASCII `filename` for
/// old clients and the exact name, in UTF-8, as `filename*` (RFC 8187).
public enum ContentDisposition {
    /// `attachment; filename="Zalciu karaliene.mp4"; filename*=UTF-8''%C5%BDal%C4%8Di%C5%B3%20karalien%C4%97.mp4`
    public static func attachment(fileName: String) -> String {
        "attachment; filename=\"\(asciiFallback(fileName))\"; filename*=UTF-8''\(percentEncoded(fileName))"
    }

    /// The name with its diacritics dropped (`Ž` → `Z`, `ė` → `e`) and
    /// anything else outside printable ASCII, and `"`, `\` and `%`, as `_`.
    static func asciiFallback(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(
            folded.unicodeScalars.map { scalar -> Character in
                let value = scalar.value
                if value < 0x20 || value > 0x7E || scalar == "\"" || scalar == "\\" || scalar == "%" { return "_" }
                return Character(scalar)
            })
    }

    /// RFC 8187's `value-chars`: `attr-char` as it is, every other UTF-8 byte as `%XX`.
    static func percentEncoded(_ name: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        var text = ""
        for byte in name.utf8 {
            if allowed.contains(byte) {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                text += String(format: "%%%02X", byte)
            }
        }
        return text
    }
}

/// What a `Range` header (RFC 9110 §14) asks of a file of `size` bytes.
public enum ByteRange: Equatable, Sendable {
    /// No range, or one the server may ignore (another unit, several ranges,
    /// bad syntax): the whole file, 200.
    case whole
    /// These bytes, 206 with `Content-Range`.
    case part(ClosedRange<Int64>)
    /// A range wholly past the end: 416 with `Content-Range: bytes */size`.
    case unsatisfiable

    public init(header: String?, size: Int64) {
        guard let header else {
            self = .whole
            return
        }
        let text = header.trimmingCharacters(in: .whitespaces)
        guard text.lowercased().hasPrefix("bytes="), size >= 0 else {
            self = .whole
            return
        }
        let spec = text.dropFirst("bytes=".count).trimmingCharacters(in: .whitespaces)
        guard !spec.contains(","), let dash = spec.firstIndex(of: "-") else {
            self = .whole
            return
        }
        let first = spec[..<dash].trimmingCharacters(in: .whitespaces)
        let last = spec[spec.index(after: dash)...].trimmingCharacters(in: .whitespaces)
        let digits = { (text: String) in !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) } }
        if first.isEmpty {
            // The last `n` bytes.
            guard digits(last), let count = Int64(last) else {
                self = .whole
                return
            }
            if count == 0 || size == 0 {
                self = .unsatisfiable
            } else {
                self = .part(max(0, size - count)...(size - 1))
            }
            return
        }
        guard digits(first), let start = Int64(first), last.isEmpty || digits(last) else {
            self = .whole
            return
        }
        let end = last.isEmpty ? Int64.max : (Int64(last) ?? Int64.max)
        guard start <= end else {
            self = .whole
            return
        }
        guard start < size else {
            self = .unsatisfiable
            return
        }
        self = .part(start...min(end, size - 1))
    }
}

/// Entity tags (RFC 9110 §8.8.3) as `If-None-Match` and `If-Range` compare them.
public enum EntityTag {
    /// Whether `header` (a list of tags, or `*`) names `tag` (quoted); weak tags match weakly.
    public static func list(_ header: String?, matches tag: String) -> Bool {
        guard let header else { return false }
        return header.split(separator: ",").contains { item in
            let each = item.trimmingCharacters(in: .whitespaces)
            return each == "*" || each == tag || each == "W/" + tag
        }
    }
}

extension Problem {
    /// A `Range` past the end of a file of `size` bytes.
    public static func rangeNotSatisfiable(size: Int64) -> Problem {
        var headers = HTTPFields()
        headers[.contentRange] = "bytes */\(size)"
        return Problem(
            .rangeNotSatisfiable, code: "range-not-satisfiable", title: "Range not satisfiable",
            detail: "the range asked for starts past the end of the file, which has \(size) bytes",
            extensions: ["size": .number(Double(size))], headers: headers)
    }
}
