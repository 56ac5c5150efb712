import Foundation

/// A message type of the bus: its name (`event.scheduled`) and version.
/// A change an old reader cannot read is a new version, never an edit.
public protocol Message: Codable, Sendable {
    static var type: String { get }
    static var version: Int { get }
}

/// The one envelope every message travels in.
public struct Envelope: Codable, Sendable, Equatable {
    public var id: UUID
    public var type: String
    public var version: Int
    public var source: String
    /// Per source: 1, 2, 3 … with no gaps.
    public var seq: Int64
    public var occurredAt: Date
    public var correlationId: UUID?
    public var causationId: UUID?
    /// Who the change was made for: the acting person of the command, or of
    /// the message a reaction answers; `nil` when nobody acted (a schedule)
    /// or the sender did not say. Encoded only when present, so a reader
    /// that predates it reads the envelope as before, and an envelope
    /// without it decodes here with `nil`.
    public var actor: Actor?
    public var payload: JSONValue

    public init(
        id: UUID = UUID(), type: String, version: Int, source: String, seq: Int64,
        occurredAt: Date, correlationId: UUID? = nil, causationId: UUID? = nil, actor: Actor? = nil,
        payload: JSONValue
    ) {
        self.id = id
        self.type = type
        self.version = version
        self.source = source
        self.seq = seq
        self.occurredAt = occurredAt
        self.correlationId = correlationId
        self.causationId = causationId
        self.actor = actor
        self.payload = payload
    }

    /// The topic this envelope is published under: `<source>.<type>`.
    public var topic: String { Topic.message(source: source, type: type) }

    public func encoded() throws -> Data { try MessageCoding.encode(self) }

    public static func decode(_ data: Data) throws -> Envelope {
        try MessageCoding.decode(Envelope.self, from: data)
    }

    /// Decodes the payload as `M`, refusing an envelope of another type or version.
    public func decodePayload<M: Message>(_ type: M.Type) throws -> M {
        guard self.type == M.type, self.version == M.version else {
            throw MessageSchemaError.typeMismatch(expected: "\(M.type) v\(M.version)", found: "\(self.type) v\(version)")
        }
        return try payload.decode(as: M.self)
    }
}

public enum MessageSchemaError: Error, CustomStringConvertible, Equatable {
    case typeMismatch(expected: String, found: String)
    case unknownType(String, version: Int)

    public var description: String {
        switch self {
        case .typeMismatch(let expected, let found): "expected \(expected), found \(found)"
        case .unknownType(let type, let version): "unknown message type \(type) v\(version)"
        }
    }
}
