import CSV
import Foundation
import Hummingbird
import MessageSchema

/// A table to download as a spreadsheet: every export of the gateway
/// (registrations, attendance, enrolments, certificates, survey responses
/// and results, mentions, contacts, the annual plan) is one.
///
/// Written by CSV.swift's `CSVWriter` as RFC 4180: fields separated by
/// commas, every line ending in CRLF (the last one too), a field quoted when
/// it holds a comma, a quote, CR or LF, its quotes doubled. The file starts
/// with the UTF-8 byte-order mark, so that spreadsheets read it as UTF-8 and
/// show ą, č, ę as they are. A cell that begins with `=`, `+`, `-`, `@`, a
/// tab or CR gets a single quote in front (OWASP's advice against formula
/// injection): a name typed as `=HYPERLINK("http://x","y")` stays text.
public struct CSVFile: Sendable {
    /// The file's name as the browser saves it (diacritics kept: see `ContentDisposition`).
    public var fileName: String
    public var header: [String]
    public var rows: [[String]]

    public init(fileName: String, header: [String], rows: [[String]]) {
        self.fileName = fileName
        self.header = header
        self.rows = rows
    }

    /// The UTF-8 byte-order mark, `EF BB BF`.
    public static let byteOrderMark = "\u{FEFF}"

    /// What begins a formula in a spreadsheet (OWASP CSV injection).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `cell`, with a single quote in front when it begins like a formula.
    public static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, formulaStarts.contains(Character(first)) else { return cell }
        return "'" + cell
    }

    /// The whole file as text, its byte-order mark first. Throws only what
    /// the in-memory stream under `CSVWriter` reports.
    public func text() throws -> String {
        let writer = try CSVWriter(stream: .toMemory(), newline: .crlf)
        try writer.write(row: header.map(Self.neutralised))
        for row in rows {
            try writer.write(row: row.map(Self.neutralised))
        }
        writer.stream.close()
        guard let written = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        // CSVWriter puts the line break between rows; the file's last row ends in one too.
        return Self.byteOrderMark + String(decoding: written, as: UTF8.self) + "\r\n"
    }

    /// The file as a download: `text/csv; charset=utf-8; header=present`
    /// (RFC 4180, RFC 7111) with `Content-Disposition: attachment` (RFC 6266).
    public func response() throws -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/csv; charset=utf-8; header=present"
        headers[.contentDisposition] = ContentDisposition.attachment(fileName: fileName)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: try text())))
    }
}

extension CSVFile {
    /// A number as a cell: whole numbers without a decimal point (`10`), others as Swift writes them (`4.5`); `nil` empty.
    public static func cell(_ number: Double?) -> String {
        guard let number else { return "" }
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(number)
    }

    /// A moment as a cell: Vilnius time, ISO 8601 (`2026-12-01T18:30:00+02:00`); `nil` empty.
    public static func cell(_ date: Date?) -> String {
        date.map(Timestamp.formatVilnius) ?? ""
    }

    /// A yes/no as a cell: `true`, `false`, or empty when unknown.
    public static func cell(_ value: Bool?) -> String {
        value.map { $0 ? "true" : "false" } ?? ""
    }
}
