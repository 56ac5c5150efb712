import CSV
import Foundation

/// Reads RFC 4180 CSV with CSV.swift's `CSVReader`: fields separated by
/// commas, records by CRLF, LF or CR; a field in double quotes may hold
/// commas, line breaks and `""` for a quote.
///
/// `CSVReader` neither numbers lines nor refuses bad quoting: a quote never
/// closed runs to the end of the file, and text after a closing quote
/// silently reopens the field, swallowing the records after it. So each
/// record it returns is checked against the text it came from (every field
/// written either bare or quoted with its quotes doubled, then a comma or
/// the end of the record); that check gives the record's line and finds the
/// two faults. A record with text after a closing quote is reported and
/// stepped over to its end (its later fields may still open quotes), and
/// reading starts again there, so one bad record never hides the good ones
/// after it. Each start again costs a read of the rest of the file, so after
/// `maximumRestarts` such records the rest is not read (and that is
/// reported): a file that broken is not a mentions export.
enum CSVRecords {
    /// How many records with text after a closing quote are stepped over before reading stops.
    static let maximumRestarts = 20

    /// One record and the line of the file it starts on (1 for the first).
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    enum Failure: Error, Equatable {
        /// A quoted field that the file ends inside; `line` is where it starts.
        case unterminatedQuote(line: Int)
        /// Text right after a closing quote, before the next comma.
        case textAfterQuote(line: Int)
        /// More than `maximumRestarts` records with text after a closing
        /// quote: reading stopped at `line`, the start of the next one.
        case tooManyBrokenRecords(line: Int)
    }

    /// Every record of `text`, blank lines left out. A leading byte-order mark is ignored.
    static func records(_ text: String) throws -> (records: [Record], failures: [Failure]) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var failures: [Failure] = []
        var source = Source(scalars: scalars)
        var reader = try CSVReader(string: source.rest)
        var restarts = 0
        while !source.atEnd {
            // The reader stops exactly where the text does; a record it returns is never past the end.
            guard let fields = reader.next() else { break }
            let line = source.line
            switch source.consume(fields) {
            case .record:
                if fields != [""] { records.append(Record(line: line, fields: fields)) }
            case .unclosed(let quoteLine):
                failures.append(.unterminatedQuote(line: quoteLine))
            case .textAfterQuote:
                failures.append(.textAfterQuote(line: line))
                restarts += 1
                if let quoteLine = source.skipRecord() {
                    failures.append(.unterminatedQuote(line: quoteLine))
                } else if restarts > maximumRestarts {
                    if !source.atEnd { failures.append(.tooManyBrokenRecords(line: source.line)) }
                    return (records, failures)
                } else {
                    reader = try CSVReader(string: source.rest)
                }
            }
        }
        return (records, failures)
    }

    /// The text being read, the place of the next record in it and its line.
    private struct Source {
        enum Outcome {
            case record
            case unclosed(line: Int)
            case textAfterQuote
        }

        let scalars: [Unicode.Scalar]
        var index = 0
        var line = 1

        var atEnd: Bool { index >= scalars.count }
        var rest: String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[index...])
            return String(text)
        }

        /// Steps over the record written for `fields`, ending after its line break.
        mutating func consume(_ fields: [String]) -> Outcome {
            for (number, field) in fields.enumerated() {
                if number > 0 {
                    guard take(",") else { return .textAfterQuote }
                }
                if peek == "\"" {
                    let quoteLine = line
                    index += 1
                    for scalar in field.unicodeScalars {
                        if atEnd { return .unclosed(line: quoteLine) }
                        if scalar == "\"" {
                            guard take("\""), take("\"") else { return .textAfterQuote }
                        } else {
                            guard take(scalar) else { return .textAfterQuote }
                            if scalar == "\n" { line += 1 }
                        }
                    }
                    if atEnd { return .unclosed(line: quoteLine) }
                    guard take("\"") else { return .textAfterQuote }
                } else {
                    for scalar in field.unicodeScalars {
                        guard take(scalar) else { return .textAfterQuote }
                    }
                }
            }
            if atEnd { return .record }
            guard endLine() else { return .textAfterQuote }
            return .record
        }

        /// Moves past the rest of a broken record, from just after the
        /// closing quote that text follows, and its line break: a quote
        /// after a comma opens a field that may hold commas and line breaks.
        /// Returns the line of a quote the file ends inside.
        mutating func skipRecord() -> Int? {
            var fieldStart = false
            var quoteLine: Int?
            while let scalar = peek {
                if quoteLine != nil {
                    index += 1
                    if scalar == "\"" {
                        if !take("\"") { quoteLine = nil }
                    } else if scalar == "\n" {
                        line += 1
                    }
                } else if scalar == "\n" || scalar == "\r" {
                    _ = endLine()
                    return nil
                } else {
                    index += 1
                    if scalar == "\"" && fieldStart { quoteLine = line }
                    fieldStart = scalar == ","
                }
            }
            return quoteLine
        }

        private var peek: Unicode.Scalar? { atEnd ? nil : scalars[index] }

        private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
            guard peek == scalar else { return false }
            index += 1
            return true
        }

        /// A line break: CRLF, LF or CR.
        private mutating func endLine() -> Bool {
            if take("\r") {
                _ = take("\n")
            } else if !take("\n") {
                return false
            }
            line += 1
            return true
        }
    }
}
