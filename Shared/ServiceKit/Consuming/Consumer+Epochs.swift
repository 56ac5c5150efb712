import Bus
import Foundation
import GRDB
import Logging
import MessageSchema
import Store

/// Noticing a source that went back (a new epoch, a `seq` below what was
/// applied, a pruned log), stopping it, and the operator's reconcile.
extension Consumer {
    /// A heartbeat: the source's epoch, and the highest `seq` it published.
    /// Published below what was applied (a fetch from its outbox can run ahead
    /// of its relay) proves nothing yet: a fetch asks for its outbox's latest.
    func heard(_ heartbeat: Heartbeat) async {
        let source = heartbeat.source
        guard applied[source] != nil else { return }
        guard await isSameHistory(source, epoch: heartbeat.epoch, seen: heartbeat.latestSeq) else { return }
        if heartbeat.latestSeq < (applied[source] ?? 0) { synced.remove(source) }
        announce(source, heartbeat.latestSeq)
        if needsFetch(source) { catchUp(source) }
    }

    /// Whether what `source` sent continues the history applied: the same
    /// epoch (or one not known yet), and, for a fetch answer (`seen` is the
    /// source's latest `seq`), no lower than `atLeast`, what was applied when
    /// it was asked. When not, the source is stopped. Nothing applied yet
    /// means nothing to contradict.
    func isSameHistory(_ source: String, epoch: UUID?, seen: Int64, atLeast: Int64? = nil) async -> Bool {
        guard stops[source] == nil else { return false }
        let seq = applied[source] ?? 0
        guard seq > 0 else { return true }
        let known = epochs[source]
        if let epoch, let known, epoch != known {
            await stop(source, SourceStop(reason: .newEpoch, appliedEpoch: known, sourceEpoch: epoch, sourceLatestSeq: seen))
            return false
        }
        if let atLeast, seen < atLeast {
            await stop(source, SourceStop(reason: .seqBehind, appliedEpoch: known, sourceEpoch: epoch, sourceLatestSeq: seen))
            return false
        }
        return true
    }

    /// Records the epoch of a source whose epoch was not known (offsets
    /// written before epochs), once a fetch answer showed the same history.
    func learn(_ epoch: UUID, of source: String) async {
        do {
            try await database.writer.write { try ConsumerEpochs.adopt(epoch, source: source, in: $0) }
            epochs[source] = epoch
            await waiter.advanced(source: source, to: applied[source] ?? 0, epoch: epoch)
        } catch {
            logger.error("cannot record the epoch of \(source): \(error)")
        }
    }

    /// Stops applying `source`, and records why, so that it stays stopped after a restart.
    func stop(_ source: String, _ stop: SourceStop) async {
        stops[source] = stop
        await waiter.stopped(source: source)
        let what = stop.explanation(source: source, appliedSeq: applied[source] ?? 0)
        logger.error("stopped applying \(source): \(what); once understood: komunikactl reconcile <this service> \(source)")
        do {
            try await database.writer.write { try ConsumerEpochs.stop(stop, source: source, in: $0) }
        } catch {
            logger.error("cannot record that \(source) is stopped: \(error)")
        }
    }

    /// The operator's reconcile, in the epoch the source answers with now:
    /// an applier that forgets what it keeps of `source`
    /// (`MessageApplier.forget(source:in:)`, the gateway's read model) gets
    /// the source's whole log again from `seq` 1; one that keeps its state (a
    /// service's reactions) gets what follows the history both logs share —
    /// the restored backup's newest `seq` (`ControlReply.sharedSeq`), or for
    /// a `seq` that went back in the same epoch, the latest the source had
    /// when the consumer stopped. Returns that `seq` and the source's latest.
    public func reconcile(source: String) async throws -> (after: Int64, latest: Int64) {
        guard applied[source] != nil, let fetcher = fetchers[source] else { throw ConsumerError.notConsumed(source) }
        // Only a stopped source: on a live one a service would react to its whole log again.
        guard stops[source] != nil else { throw ConsumerError.notStopped(source) }
        let reply = try await fetcher.control(ControlRequest(.fetch, from: 1, limit: 1), timeout: .seconds(5), attempts: 1)
        let pruned = reply.prunedThrough ?? 0
        guard reply.ok || pruned > 0 else { throw ConsumerError.refused(source: source, reason: reply.error ?? "no reason") }
        let applier = self.applier
        if pruned > 0, applier.needsWholeLog { throw ConsumerError.logPruned(source: source, through: pruned) }
        // Read after the await: a second reconcile may have run meanwhile.
        guard let stop = stops[source], let seq = applied[source] else { throw ConsumerError.notStopped(source) }
        let shared = stop.reason == .seqBehind ? stop.sourceLatestSeq : reply.sharedSeq ?? 0
        let after = try await database.writer.write { db -> Int64 in
            // What was pruned is gone for every consumer: a service goes on after it.
            let after = try applier.forget(source: source, in: db) ? 0 : max(min(seq, shared), pruned)
            // A service's order guards come down to it, to 0 too (a new file shares nothing).
            try applier.rewind(source: source, to: after, in: db)
            try ConsumerEpochs.restart(source: source, epoch: reply.epoch, appliedSeq: after, in: db)
            return after
        }
        logger.notice("reconciled \(source): applying its log again after seq \(after) (latest \(reply.count ?? 0))")
        generations[source, default: 0] += 1
        applied[source] = after
        epochs[source] = reply.epoch
        stops[source] = nil
        await waiter.restarted(source: source, at: after, epoch: reply.epoch)
        announced[source] = reply.count ?? 0
        synced.remove(source)
        nextFetchAllowed[source] = nil
        onCommit()
        continuation.yield(.tick)
        return (after, reply.count ?? 0)
    }

    static func topicMismatch(_ topic: String, source: String, expected: String) -> String {
        "the topic '\(topic)' does not match the envelope's source '\(source)' (expected '\(expected)')"
    }
}
