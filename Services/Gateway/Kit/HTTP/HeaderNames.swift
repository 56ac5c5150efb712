import HTTPTypes
import Hummingbird

extension HTTPField.Name {
    /// Names a write; a retried write with the same key is done once.
    public static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
    /// `stale` when a write is answered before the read model has it.
    public static let readModel = HTTPField.Name("Komunika-Read-Model")!
}
