import Foundation

/// A message type of the bus: its name (`event.scheduled`) and version.
/// A change an old reader cannot read is a new version, never an edit.
public protocol Message: Codable, Sendable {
    static var type: String { get }
    static var version: Int { get }
}

/// The one envelope every message travels in. On the wire every member is
/// present, `null` where it has no value (`correlationId`, `causationId`,
/// `actor`, `epoch`), so a reader in any language can index each one; an
/// envelope that lacks one (written before it existed) decodes here with `nil`.
public struct Envelope: Codable, Sendable, Equatable {
    public var id: UUID
    public var type: String
    public var version: Int
    public var source: String
    /// The incarnation of the source's database that serves the message
    /// (`ServiceDatabase.epoch`): a new one when the file is new or a
    /// restored backup, so a consumer can tell that the source's `seq`
    /// started another history. `nil` from a source that predates epochs.
    public var epoch: UUID?
    /// Per source and epoch: 1, 2, 3 … with no gaps.
    public var seq: Int64
    public var occurredAt: Date
    public var correlationId: UUID?
    public var causationId: UUID?
    /// Who the change was made for: the acting person of the command, or of
    /// the message a reaction answers; `nil` (on the wire `null`) when
    /// nobody acted (a schedule) or the sender did not say.
    public var actor: Actor?
    public var payload: JSONValue

    public init(
        id: UUID = UUID(), type: String, version: Int, source: String, epoch: UUID? = nil, seq: Int64,
        occurredAt: Date, correlationId: UUID? = nil, causationId: UUID? = nil, actor: Actor? = nil,
        payload: JSONValue
    ) {
        self.id = id
        self.type = type
        self.version = version
        self.source = source
        self.epoch = epoch
        self.seq = seq
        self.occurredAt = occurredAt
        self.correlationId = correlationId
        self.causationId = causationId
        self.actor = actor
        self.payload = payload
    }

    enum CodingKeys: String, CodingKey {
        case id, type, version, source, epoch, seq, occurredAt, correlationId, causationId, actor, payload
    }

    /// Writes every member, `null` for one without a value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encode(version, forKey: .version)
        try container.encode(source, forKey: .source)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(seq, forKey: .seq)
        try container.encode(occurredAt, forKey: .occurredAt)
        try container.encode(correlationId, forKey: .correlationId)
        try container.encode(causationId, forKey: .causationId)
        try container.encode(actor, forKey: .actor)
        try container.encode(payload, forKey: .payload)
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
