import Foundation
import MessageSchema

/// A file of mentions read into entries, each with where it came from, and
/// the rows or items that could not be read.
struct MentionFile: Sendable {
    struct Entry: Sendable {
        var mention: MentionInput
        /// The CSV line the row starts on.
        var line: Int?
        /// The feed item's place, 1 for the first.
        var item: Int?
    }

    var entries: [Entry] = []
    var errors: [MentionImportError] = []

    /// The columns of a mentions CSV file, in the order of its header row.
    static let csvColumns = [
        "url", "outlet", "published_at", "title", "excerpt", "language", "reach", "sentiment", "event_id", "campaign_id",
    ]
    static let requiredCSVColumns: Set<String> = ["url", "outlet", "published_at", "title"]

    /// Reads `command`'s file, or why it cannot be read at all. Runs before
    /// the import's transaction, so parsing a large file never holds the
    /// service's writer.
    static func prepare(_ command: ImportMentions) -> Result<MentionFile, CommandFailure> {
        do {
            return .success(try read(command.content, as: command.format))
        } catch let failure as CommandFailure {
            return .failure(failure)
        } catch {
            return .failure(CommandFailure(.invalid, "The file cannot be read: \(error)."))
        }
    }

    /// Reads `content` as `format`. A file that cannot be read at all (no
    /// header, not XML) is refused with `.invalid`.
    static func read(_ content: String, as format: MentionFileFormat) throws -> MentionFile {
        switch format {
        case .csv: return try readCSV(content)
        case .rss, .atom: return try FeedReader.read(content)
        }
    }

    static func readCSV(_ content: String) throws -> MentionFile {
        let (records, failures) = try CSVRecords.records(content)
        guard let header = records.first else {
            throw invalidInput("file", "The CSV file is empty: it needs the header row \(csvColumns.joined(separator: ",")).")
        }
        let names = header.fields.map { $0.trimmed.lowercased() }
        var position: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            guard csvColumns.contains(name) else {
                throw invalidInput(
                    "file", "The CSV header names an unknown column '\(name)'; the columns are \(csvColumns.joined(separator: ",")).")
            }
            position[name] = index
        }
        let missing = requiredCSVColumns.subtracting(names)
        if !missing.isEmpty {
            throw invalidInput("file", "The CSV header lacks the columns \(missing.sorted().joined(separator: ", ")).")
        }
        var file = MentionFile()
        for failure in failures {
            switch failure {
            case .unterminatedQuote(let line):
                file.errors.append(MentionImportError(line: line, detail: "a quoted field is never closed"))
            case .textAfterQuote(let line):
                file.errors.append(MentionImportError(line: line, detail: "text follows a closing quote; double a quote inside a quoted field"))
            case .tooManyBrokenRecords(let line):
                let detail =
                    "more than \(CSVRecords.maximumRestarts) rows have text after a closing quote; "
                    + "the file is not read from here on: is it a CSV export of mentions?"
                file.errors.append(MentionImportError(line: line, detail: detail))
            }
        }
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                file.errors.append(
                    MentionImportError(
                        line: record.line, detail: "the row has \(record.fields.count) fields; the header has \(names.count)"))
                continue
            }
            func value(_ name: String) -> String? {
                position[name].flatMap { String?.some(record.fields[$0]).trimmedOrNil }
            }
            do {
                file.entries.append(Entry(mention: try mention(value), line: record.line))
            } catch let failure as CommandFailure {
                file.errors.append(MentionImportError(line: record.line, detail: failure.message))
            }
        }
        return file
    }

    /// One row's mention, or a refusal naming the column that is wrong.
    private static func mention(_ value: (String) -> String?) throws -> MentionInput {
        func required(_ name: String) throws -> String {
            guard let text = value(name) else { throw invalidInput(name, "'\(name)' is empty") }
            return text
        }
        let url = try required("url")
        let published = try required("published_at")
        guard let publishedAt = Timestamp.parse(published) ?? FeedDates.day(published) else {
            throw invalidInput("published_at", "'published_at' must be a date or an ISO 8601 date-time; '\(published)' is not")
        }
        var reach = 0
        if let text = value("reach") {
            guard let number = Int(text), number >= 0 else {
                throw invalidInput("reach", "'reach' must be a whole number of 0 or more; '\(text)' is not")
            }
            reach = number
        }
        var sentiment = Sentiment.neutral
        if let text = value("sentiment") {
            guard let known = Sentiment(rawValue: text.lowercased()) else {
                throw invalidInput(
                    "sentiment",
                    "'sentiment' must be one of \(Sentiment.allCases.map(\.rawValue).joined(separator: ", ")); '\(text)' is not")
            }
            sentiment = known
        }
        func uuid(_ name: String) throws -> UUID? {
            guard let text = value(name) else { return nil }
            guard let id = UUID(uuidString: text) else { throw invalidInput(name, "'\(name)' must be a UUID; '\(text)' is not") }
            return id
        }
        return MentionInput(
            url: url, outlet: try required("outlet"), publishedAt: publishedAt, title: try required("title"),
            excerpt: value("excerpt"), language: value("language") ?? "lt", reach: reach, sentiment: sentiment,
            eventId: try uuid("event_id"), campaignId: try uuid("campaign_id"))
    }
}
