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
        let rewrite = { (text: String) -> String in rewritten(text, texts: texts) }
        return try rewriteTable("outbox", key: "seq", column: "payload", markers: markers, db, rewrite)
            + rewriteTable("idempotencyKey", key: "key", column: "reply", markers: everything, db, rewrite)
            + rewriteTable("deadLetter", key: "id", column: "raw", markers: everything, blob: true, db, rewrite)
    }

    /// `text` (a JSON document, or any text) with every one of `texts` replaced.
    public static func rewritten(_ text: String, texts: [String: String]) -> String {
        guard let value = try? MessageCoding.decode(JSONValue.self, from: Data(text.utf8)),
            let data = try? MessageCoding.encode(replacing(in: value, texts: texts))
        else { return replacingInside(text, texts: texts) }
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

    static func replacingInside(_ text: String, texts: [String: String]) -> String {
        var result = text
        // Longest first: an address is replaced before a name inside it.
        for (old, new) in texts.sorted(by: { $0.key.count > $1.key.count }) where old.count >= shortestReplacedInside {
            result = result.replacingOccurrences(of: old, with: new, options: [.caseInsensitive])
        }
        return result
    }

    private static func rewriteTable(
        _ table: String, key: String, column: String, markers: [String], blob: Bool = false, _ db: Database,
        _ rewrite: (String) -> String
    ) throws -> Int {
        let text = blob ? "CAST(\(column) AS TEXT)" : column
        // As written, or lower case (SQLite's `lower` folds ASCII only, so "Žemaitė" is matched as written).
        let condition = markers.map { _ in "instr(\(text), ?) > 0 OR instr(lower(\(text)), ?) > 0" }
            .joined(separator: " OR ")
        let rows = try Row.fetchAll(
            db, sql: "SELECT \(key) AS rowKey, \(text) AS body FROM \(table) WHERE \(condition)",
            arguments: StatementArguments(markers.flatMap { [$0, $0.lowercased()] }))
        var changed = 0
        for row in rows {
            let body: String = row["body"]
            let new = rewrite(body)
            guard new != body else { continue }
            let value: any DatabaseValueConvertible = blob ? Data(new.utf8) : new
            let rowKey: DatabaseValue = row["rowKey"]
            try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?", arguments: [value, rowKey])
            changed += 1
        }
        return changed
    }
}
