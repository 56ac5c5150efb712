import Bus
import Foundation
import GRDB
import Logging
import MessageSchema
import Store

extension Consumer {
    /// Applies unresolved dead letters again (one, or all), each source's in
    /// `seq` order; returns how many now succeeded. A retried letter is
    /// older than what the consumer applied since, so the appliers' per-row
    /// guards (`RowSeq`) decide: a letter that would overwrite a row a newer
    /// message wrote throws `StaleMessage` and stays dead with that reason;
    /// one whose rows nothing newer wrote is applied.
    public func retryDeadLetters(id: Int64?) async throws -> Int64 {
        let applier = self.applier
        let (stops, epochs) = (self.stops, self.epochs)
        let resolved = try await database.writer.write { db in
            var resolved: Int64 = 0
            for entry in try DeadLetters.unresolved(id: id, in: db) {
                do {
                    try db.inSavepoint {
                        let envelope = try Envelope.decode(entry.raw)
                        if let refusal = Self.retryRefusal(entry.info, envelope, stops: stops, epochs: epochs) {
                            throw RetryRefused(reason: refusal)
                        }
                        try applier.apply(envelope, in: db)
                        return .commit
                    }
                    try DeadLetters.markResolved(id: entry.info.id, in: db)
                    resolved += 1
                } catch {
                    try DeadLetters.recordFailedAttempt(id: entry.info.id, reason: Self.describe(error), in: db)
                }
            }
            return resolved
        }
        onCommit()
        return resolved
    }

    /// Why the dead letter `info` (holding `envelope`) may not be applied
    /// again; `nil` when it may. Only a message refused while it was applied
    /// in its source's sequence (it has a `seq`) is retried: one refused
    /// before it was read as such (its topic or frames were wrong) was never
    /// counted as applied, so its message, if genuine, came again and was
    /// applied in order. Nor one of a stopped source, nor one of another
    /// history (epoch) than the one applied now: after a restore and a
    /// reconcile it belongs to the lost history.
    static func retryRefusal(
        _ info: DeadLetterInfo, _ envelope: Envelope, stops: [String: SourceStop], epochs: [String: UUID]
    ) -> String? {
        guard let source = info.source, info.seq != nil else {
            return "refused before it was read as a message of its source (its topic or frames): not applied; if genuine, it came again in order"
        }
        if stops[source] != nil { return "\(source) is stopped until it is reconciled: not applied" }
        if let epoch = envelope.epoch, let applying = epochs[source], epoch != applying {
            return "from another history of \(source) (epoch \(epoch.uuidString)) than the one applied now (\(applying.uuidString)): not applied"
        }
        return nil
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DecodingError { return DecodingErrorText.describe(error) }
        return String(describing: error)
    }
}

/// A dead letter that may not be applied again, with why (`Consumer.retryRefusal`).
struct RetryRefused: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
