import Foundation

/// A command a service's ROUTER accepts: a named change to its state.
public protocol Command: Codable, Sendable {
    /// `events.propose-event` and so on: the service's name, a dot, the verb.
    static var name: String { get }
    associatedtype Result: Codable & Sendable
}

/// A command on the wire. A retried command with the same `idempotencyKey`
/// returns the first answer and changes nothing again.
public struct CommandRequest: Codable, Sendable {
    public var name: String
    public var idempotencyKey: String
    public var correlationId: UUID?
    /// Who the command acts for; every message it produces carries it.
    /// `nil` from a sender that does not say (`komunikactl`, an older gateway).
    public var actor: Actor?
    public var payload: JSONValue
    /// What the idempotency key is bound to, when the sender knows better
    /// than the payload: the gateway's hash of the request it was asked (the
    /// payload with the ids it made up for this try left out, the caller; see
    /// `fingerprint(keepingIds:)`), so a retry that made up new ids is still
    /// the same request. `nil` (an older sender, `komunikactl`): the service
    /// binds the key to `fingerprint()`. Optional, so older readers ignore it.
    public var requestHash: String?

    public init(
        name: String, idempotencyKey: String, correlationId: UUID? = nil, actor: Actor? = nil, payload: JSONValue
    ) {
        self.name = name
        self.idempotencyKey = idempotencyKey
        self.correlationId = correlationId
        self.actor = actor
        self.payload = payload
    }

    public init<C: Command>(
        _ command: C, idempotencyKey: String, correlationId: UUID? = nil, actor: Actor? = nil
    ) throws {
        self.init(
            name: C.name, idempotencyKey: idempotencyKey, correlationId: correlationId, actor: actor,
            payload: try .from(command))
    }
}

/// The answer to a command: success with the `seq` of the last message it
/// produced (so a reader can wait until it has applied it), or a failure.
public struct CommandReply: Codable, Sendable, Equatable {
    public var ok: Bool
    /// The `seq` of the last message the command produced; `nil` when it produced none.
    public var seq: Int64?
    public var result: JSONValue?
    public var failure: CommandFailure?
    /// With `seq`: the epoch of the database that wrote it (`Envelope.epoch`),
    /// so a reader waits for that `seq` of that history only, not for one a
    /// restored backup wrote again. Optional: older readers ignore it, older
    /// services do not send it.
    public var epoch: UUID?

    public init(ok: Bool, seq: Int64?, result: JSONValue?, failure: CommandFailure?, epoch: UUID? = nil) {
        self.ok = ok
        self.seq = seq
        self.result = result
        self.failure = failure
        self.epoch = epoch
    }

    public static func success(seq: Int64?, result: JSONValue?, epoch: UUID? = nil) -> CommandReply {
        CommandReply(ok: true, seq: seq, result: result, failure: nil, epoch: seq == nil ? nil : epoch)
    }

    public static func failed(_ failure: CommandFailure) -> CommandReply {
        CommandReply(ok: false, seq: nil, result: nil, failure: failure)
    }
}

/// Why a command was refused. The code says which kind of HTTP error fits.
public struct CommandFailure: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Codable, Sendable {
        /// The input breaks a rule of its shape (a missing title, end before start).
        case invalid
        case notFound = "not-found"
        /// The input clashes with the state (a hall already booked, a duplicate).
        case conflict
        /// A status change the lifecycle does not allow.
        case illegalTransition = "illegal-transition"
        case unknownCommand = "unknown-command"
        /// The service failed; the command may be retried.
        case unavailable
        /// The sender's bus key may not send commands (a listener's).
        case forbidden
    }

    public var code: Code
    public var message: String
    public var details: [String: String]?

    public init(_ code: Code, _ message: String, details: [String: String]? = nil) {
        self.code = code
        self.message = message
        self.details = details
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
