import Crypto
import Foundation

extension CommandRequest {
    /// What the request asks and for whom, as a SHA-256 (hex) of its name,
    /// payload and actor in `MessageCoding`'s canonical JSON (keys sorted):
    /// the same command from the same caller always has the same fingerprint.
    /// A service binds the idempotency key to it (or to `requestHash` when the
    /// sender gave one), so a key reused for another body or by another caller
    /// is refused instead of answered with the first reply. Throws only when
    /// the payload cannot be written as JSON.
    public func fingerprint() throws -> String {
        try Self.hash(name: name, payload: payload, actor: actor)
    }

    /// The fingerprint with every id (a UUID text) of the payload that is not
    /// in `kept` written as `fresh-id`: the ids a sender made up for this try
    /// (a new event's id) are new on every try and say nothing of what was
    /// asked, while the ids the caller named (`kept`: those of the request's
    /// path) do. What the gateway sends as `requestHash`.
    public func fingerprint(keepingIds kept: Set<UUID>) throws -> String {
        try Self.hash(name: name, payload: Self.masking(payload, keeping: kept), actor: actor)
    }

    private static func hash(name: String, payload: JSONValue, actor: Actor?) throws -> String {
        struct Bound: Encodable {
            var name: String
            var payload: JSONValue
            var actor: Actor?
        }
        let bytes = try MessageCoding.encode(Bound(name: name, payload: payload, actor: actor))
        return SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    private static func masking(_ value: JSONValue, keeping kept: Set<UUID>) -> JSONValue {
        switch value {
        case .string(let text):
            guard let id = UUID(uuidString: text), !kept.contains(id) else { return value }
            return .string("fresh-id")
        case .array(let items):
            return .array(items.map { masking($0, keeping: kept) })
        case .object(let members):
            return .object(members.mapValues { masking($0, keeping: kept) })
        case .null, .bool, .number:
            return value
        }
    }
}
