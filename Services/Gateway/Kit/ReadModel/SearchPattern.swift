import GRDB

/// Turns words people type into an FTS5 query: every word must be found, as
/// a word or the start of one (`"knygu"*`). Built with
/// `makeFTS5Pattern(rawPattern:forTable:)`, which keeps the prefix `*`.
public enum SearchPattern {
    /// The query for the full-text table `table`; `nil` when the text has no word.
    public static func make(_ text: String, table: String, in db: Database) throws -> FTS5Pattern? {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        guard !words.isEmpty else { return nil }
        let raw = words.map { "\"\($0)\"*" }.joined(separator: " ")
        return try db.makeFTS5Pattern(rawPattern: raw, forTable: table)
    }
}
