/// Reads RFC 4180 CSV: fields separated by commas, records by CRLF or LF;
/// a field in double quotes may hold commas, line breaks and `""` for a quote.
enum CSVReader {
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
    }

    /// Every record of `text`, blank lines left out. A leading byte-order mark is ignored.
    static func records(_ text: String) -> (records: [Record], failures: [Failure]) {
        var records: [Record] = []
        var failures: [Failure] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedFieldLine = 1
        var afterQuote = false
        var brokenRecord = false
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }

        func endRecord() {
            fields.append(field)
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank && !brokenRecord { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            afterQuote = false
            brokenRecord = false
        }

        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inQuotes {
                if character == "\"" {
                    if index + 1 < characters.count && characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.unicodeScalars.append(character)
                }
            } else {
                switch character {
                case ",":
                    fields.append(field)
                    field = ""
                    afterQuote = false
                case "\r" where index + 1 < characters.count && characters[index + 1] == "\n":
                    break
                case "\n", "\r":
                    endRecord()
                    line += 1
                    recordLine = line
                case "\"" where field.isEmpty && !afterQuote:
                    inQuotes = true
                    quotedFieldLine = line
                default:
                    if afterQuote && !brokenRecord {
                        failures.append(.textAfterQuote(line: recordLine))
                        brokenRecord = true
                    }
                    field.unicodeScalars.append(character)
                }
            }
            index += 1
        }
        if inQuotes {
            failures.append(.unterminatedQuote(line: quotedFieldLine))
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        return (records, failures)
    }
}
