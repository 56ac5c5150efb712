import Foundation
import GRDB
import MessageSchema

/// What is left of an erased person in the platform's tables, rewritten in
/// the erasure's own transaction: the outbox payloads of their messages (the
/// replay log, which would otherwise hand them out again), the stored
/// replies of their commands (a refusal names the address) and dead letters
/// about them. Outbox rows are found by `markers` — the address and the ids
/// of the erased records, any of which the payload contains — so a
/// namesake's messages stay as they were; stored replies and dead letters
/// also by any of `texts` (a refusal may name a person without their
/// address). In those rows
/// every JSON string that is one of `texts` (compared without case) becomes
/// its replacement; a longer text is also replaced where it stands inside a
/// string (a name in a note). The JSON keeps its shape, so an old reader can
/// still decode a rewritten message.
public enum PersonalTraces {
    /// Texts shorter than this are only replaced where they are a whole
    /// string: "Li" must not be cut out of "Biblioteka".
    static let shortestReplacedInside = 5

    /// Rewrites the rows that name any of `markers`; returns how many rows changed.
    @discardableResult
    public static func erase(texts: [String: String], markers: [String], in db: Database) throws -> Int {
        let texts = texts.filter { !$0.key.isEmpty }
        let markers = Array(Set(markers.filter { !$0.isEmpty }))
        guard !markers.isEmpty, !texts.isEmpty else { return 0 }
        let everything = Array(Set(markers + texts.keys))
        return try rewriteTable("outbox", key: "seq", column: "payload", markers: markers, texts: texts, db)
            + rewriteTable("idempotencyKey", key: "key", column: "reply", markers: everything, texts: texts, db)
            + rewriteTable("deadLetter", key: "id", column: "raw", markers: everything, texts: texts, blob: true, db)
    }

    /// `text` (a JSON document, or any text) with every one of `texts`
    /// replaced where it names `markers`; `nil` when it names none of them or nothing changed.
    public static func rewritten(_ text: String, texts: [String: String], markers: [String]) -> String? {
        guard let value = try? MessageCoding.decode(JSONValue.self, from: Data(text.utf8)) else {
            guard markers.contains(where: { mentions(text, $0) }) else { return nil }
            let new = replacingInside(text, texts: texts)
            return new == text ? nil : new
        }
        guard markers.contains(where: { mentions(value, $0) }) else { return nil }
        let new = replacing(in: value, texts: texts)
        guard new != value, let data = try? MessageCoding.encode(new) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func replacing(in value: JSONValue, texts: [String: String]) -> JSONValue {
        switch value {
        case .string(let text):
            let folded = text.lowercased()
            if let whole = texts.first(where: { $0.key.lowercased() == folded }) { return .string(whole.value) }
            return .string(replacingInside(text, texts: texts))
        case .array(let values): return .array(values.map { replacing(in: $0, texts: texts) })
        case .object(let fields): return .object(fields.mapValues { replacing(in: $0, texts: texts) })
        case .null, .bool, .number: return value
        }
    }

    /// Whether a string of `value` is `marker`, or holds it as a whole word.
    static func mentions(_ value: JSONValue, _ marker: String) -> Bool {
        switch value {
        case .string(let text): mentions(text, marker)
        case .array(let values): values.contains { mentions($0, marker) }
        case .object(let fields): fields.values.contains { mentions($0, marker) }
        case .null, .bool, .number: false
        }
    }

    /// Whether `text` holds `marker` (without case) with no letter, digit or
    /// address character right before or after it: "julija@example.lt" is
    /// not in "kita.julija@example.lt".
    static func mentions(_ text: String, _ marker: String) -> Bool { !ranges(of: marker, in: text).isEmpty }

    static func replacingInside(_ text: String, texts: [String: String]) -> String {
        var result = text
        // Longest first: an address is replaced before a name inside it.
        for (old, new) in texts.sorted(by: { $0.key.count > $1.key.count }) where old.count >= shortestReplacedInside {
            for range in ranges(of: old, in: result).reversed() { result.replaceSubrange(range, with: new) }
        }
        return result
    }

    /// The places of `word` in `text` (without case) that stand alone.
    static func ranges(of word: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var from = text.startIndex
        while let range = text.range(of: word, options: [.caseInsensitive], range: from..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !joins(before), !joins(after, isAfter: true, rest: text[range.upperBound...]) { found.append(range) }
            from = range.upperBound
        }
        return found
    }

    /// Whether `character` continues a word or an address next to a match.
    private static func joins(_ character: Character?, isAfter: Bool = false, rest: Substring = "") -> Bool {
        guard let character else { return false }
        if character.isLetter || character.isNumber || character == "@" || character == "_" || character == "+" { return true }
        guard character == "." || character == "-" else { return false }
        // Before a match, "kita." joins it; after, only a "." or "-" that goes on ("…@example.lt.com").
        guard isAfter else { return true }
        return rest.dropFirst().first.map { $0.isLetter || $0.isNumber } ?? false
    }

    private static func rewriteTable(
        _ table: String, key: String, column: String, markers: [String], texts: [String: String], blob: Bool = false,
        _ db: Database
    ) throws -> Int {
        let text = blob ? "CAST(\(column) AS TEXT)" : column
        // As written, or lower case (SQLite's `lower` folds ASCII only, so "Žemaitė" is matched as written);
        // `rewritten` then keeps only the rows that name a marker as a whole.
        let condition = markers.map { _ in "instr(\(text), ?) > 0 OR instr(lower(\(text)), ?) > 0" }
            .joined(separator: " OR ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT \(key) AS rowKey, \(text) AS body FROM \(table) WHERE \(condition)",
            arguments: StatementArguments(markers.flatMap { [$0, $0.lowercased()] }))
        var changed = 0
        for row in rows {
            let body: String = row["body"]
            guard let new = rewritten(body, texts: texts, markers: markers) else { continue }
            let value: any DatabaseValueConvertible = blob ? Data(new.utf8) : new
            let rowKey: DatabaseValue = row["rowKey"]
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?", arguments: [value, rowKey])
            changed += 1
        }
        return changed
    }
}
