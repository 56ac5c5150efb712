import Foundation
import GRDB

/// Reads a service's SQLite file the way an auditor would: directly, read-only.
struct ServiceFile {
    let queue: DatabaseQueue

    init(path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    func strings(_ sql: String, _ arguments: StatementArguments = []) throws -> [String] {
        try queue.read { try String.fetchAll($0, sql: sql, arguments: arguments) }
    }

    func int(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try queue.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }

    func rows(_ sql: String, _ arguments: StatementArguments = []) throws -> [Row] {
        try queue.read { try Row.fetchAll($0, sql: sql, arguments: arguments) }
    }
}

extension HTTP {
    /// The registrations of an event as the gateway lists them: id → status.
    func registrations(of eventId: String) async throws -> [(id: String, status: String)] {
        let result = try await get("/api/v1/events/\(eventId)/registrations")
        let object = try JSONSerialization.jsonObject(with: result.body)
        let items = (object as? [[String: Any]]) ?? ((object as? [String: Any])?["items"] as? [[String: Any]]) ?? []
        return items.compactMap { item in
            guard let id = item["id"] as? String, let status = item["status"] as? String else { return nil }
            return (id.lowercased(), status)
        }
    }
}
