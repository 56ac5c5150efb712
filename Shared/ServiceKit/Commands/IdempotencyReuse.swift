import MessageSchema
import Store

/// An idempotency key sent again with another request than the one it was
/// first used for: another command, another payload, or another caller. It is
/// refused as `invalid` with `details["reason"] == "idempotency-key-reused"`
/// (the gateway answers 422, as the IETF draft on the `Idempotency-Key`
/// header asks: the request is well-formed, but cannot be processed under
/// this key), so the caller sends it again with a new key rather than taking
/// the first request's reply for its own.
public enum IdempotencyReuse {
    /// The `reason` detail of the refusal.
    public static let reason = "idempotency-key-reused"

    /// Whether `request` is the one `entry` was recorded for. A key recorded
    /// before requests were hashed is checked by the command's name only.
    static func matches(_ entry: IdempotencyKeys.Entry, _ request: CommandRequest, fingerprint: String) -> Bool {
        guard let hash = entry.requestHash else { return entry.command == request.name }
        return hash == fingerprint
    }

    static func failure(_ request: CommandRequest, firstUsedFor command: String) -> CommandFailure {
        let key = request.idempotencyKey
        return CommandFailure(
            .invalid,
            "Idempotency-Key '\(key)' was first used for another request (\(command), another body or another caller); send this request with a new key",
            details: ["reason": reason, "idempotencyKey": key, "firstUsedFor": command])
    }
}
