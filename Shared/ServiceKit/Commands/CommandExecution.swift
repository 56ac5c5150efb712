import Foundation
import GRDB
import MessageSchema
import Store

/// Runs a command's change in one write transaction with its idempotency key:
/// a retried key returns the first answer; a `CommandFailure` thrown by
/// `body` becomes a failed reply and rolls the change back; messages the body
/// appended to the outbox set the reply's `seq`.
///
/// A key is bound to the request it was first used for (the sender's
/// `requestHash`, else the `fingerprint` of name, payload and actor): the same
/// key with another request is refused
/// (`IdempotencyReuse`), never answered with the first request's reply. A
/// temporary failure (`unavailable`: a store error, the database busy) is
/// never recorded, so a retry with the same key runs the command again.
public enum CommandExecution {
    public static func run(
        _ request: CommandRequest, in database: ServiceDatabase,
        body: @escaping @Sendable (Database) throws -> JSONValue?
    ) async -> CommandReply {
        let fingerprint: String
        do {
            fingerprint = try request.requestHash ?? request.fingerprint()
        } catch {
            return .failed(CommandFailure(.invalid, "the command's payload cannot be written as JSON: \(error)"))
        }
        do {
            return try await database.writer.write { db in
                if let previous = try IdempotencyKeys.entry(for: request.idempotencyKey, in: db) {
                    guard IdempotencyReuse.matches(previous, request, fingerprint: fingerprint) else {
                        return .failed(IdempotencyReuse.failure(request, firstUsedFor: previous.command))
                    }
                    return try MessageCoding.decode(CommandReply.self, from: previous.reply)
                }
                let before = try Outbox.latestSeq(db)
                var reply: CommandReply
                do {
                    var result: JSONValue?
                    try db.inSavepoint {
                        result = try body(db)
                        return .commit
                    }
                    let after = try Outbox.latestSeq(db)
                    reply = .success(seq: after > before ? after : nil, result: result, epoch: database.epoch)
                } catch let failure as CommandFailure {
                    reply = .failed(failure)
                } catch let error as DecodingError {
                    reply = .failed(CommandFailure(.invalid, DecodingErrorText.describe(error)))
                }
                if reply.ok { ServiceMetrics.commandsHandled.increment() } else { ServiceMetrics.commandsRefused.increment() }
                // A temporary failure is not the command's outcome: a retry must run it again.
                guard reply.failure?.code != .unavailable else { return reply }
                try IdempotencyKeys.record(
                    key: request.idempotencyKey, command: request.name, requestHash: fingerprint,
                    reply: try MessageCoding.encode(reply), in: db)
                return reply
            }
        } catch {
            return .failed(CommandFailure(.unavailable, "the command could not be stored: \(error)"))
        }
    }

    /// Decodes the request's payload as `C`, or explains what is wrong with it.
    public static func decode<C: Command>(_ type: C.Type, from request: CommandRequest) throws -> C {
        do {
            return try request.payload.decode(as: C.self)
        } catch let error as DecodingError {
            throw CommandFailure(.invalid, DecodingErrorText.describe(error))
        }
    }
}

/// Short, readable words for a `DecodingError`: which field, what is wrong.
public enum DecodingErrorText {
    public static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "the body" : names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context)
            return parent == "the body" ? "'\(key.stringValue)' is required" : "'\(parent).\(key.stringValue)' is required"
        case .typeMismatch(let type, let context):
            return "'\(path(context))' must be \(describe(type))"
        case .valueNotFound(let type, let context):
            return "'\(path(context))' must be \(describe(type)), not null"
        case .dataCorrupted(let context):
            let place = path(context)
            if place == "the body" { return "the body is not valid JSON" }
            // Foundation's own texts name Swift types ("Cannot initialize EventType from …"): never shown.
            if context.debugDescription.hasPrefix("must ") { return "'\(place)' \(context.debugDescription)" }
            if context.debugDescription.hasPrefix("Cannot initialize") { return "'\(place)' is not one of the values it may take" }
            return "'\(place)': \(context.debugDescription)"
        @unknown default:
            return "the input could not be read"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [String: Any].Type: "an object"
        case is [Any].Type: "a list"
        default: "a value of another kind"
        }
    }
}
