import HTTPTypes
import Hummingbird

extension HTTPField.Name {
    /// Names a write; a retried write with the same key is done once.
    public static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `stale` when a write is answered before the read model has it.
    public static let readModel = HTTPField.Name("Komunika-Read-Model")!
}

extension HTTPField.Name {
    public static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    public static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    /// The form token of a request that is not a plain form (an upload by script).
    public static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    /// `https` when a TLS-terminating proxy in front of the gateway forwarded the request.
    public static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    /// The client addresses a proxy forwarded for; believed only from a trusted proxy (`ClientAddresses`).
    public static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
}
